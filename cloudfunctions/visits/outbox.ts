import type { ActionInput, ActionOutput } from '../../types'
import { maskOpenid } from '../../types/masking'
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

/** What the local cloud would have sent through subscribeMessage.send; empty in the WeChat cloud. */
export async function outbox(input: ActionInput<'visits', 'outbox'>): Promise<ActionOutput<'visits', 'outbox'>> {
  const page = await pageByKey<OutboxDoc>({ collection: 'outbox', where: {}, sortBy: 'sentAt', direction: 'desc', ...input })
  return {
    ...page,
    items: page.items.map((m) => ({ id: m._id, touser: maskOpenid(m.touser), templateId: m.templateId, page: m.page, data: m.data, sentAt: iso(m.sentAt) })),
  }
}
