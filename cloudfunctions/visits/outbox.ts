import type { ActionInput, ActionOutput } from '../../types'
import { pageByKey } from '../_shared/paging'
import { iso } from './times'

interface OutboxDoc {
  _id: string
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  sentAt: Date
}

/** An OPENID shown in the console: enough to tell messages apart, not to identify anyone. */
const maskOpenid = (openid: string) => (openid.length <= 8 ? `${openid.slice(0, 2)}****` : `${openid.slice(0, 4)}****${openid.slice(-4)}`)

/** What the local cloud would have sent through subscribeMessage.send; empty in the WeChat cloud. */
export async function outbox(input: ActionInput<'visits', 'outbox'>): Promise<ActionOutput<'visits', 'outbox'>> {
  const page = await pageByKey<OutboxDoc>({ collection: 'outbox', where: {}, sortBy: 'sentAt', direction: 'desc', ...input })
  return {
    ...page,
    items: page.items.map((m) => ({ id: m._id, touser: maskOpenid(m.touser), templateId: m.templateId, page: m.page, data: m.data, sentAt: iso(m.sentAt) })),
  }
}
