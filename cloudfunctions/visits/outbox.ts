import type { ActionInput, ActionOutput } from '../../types'
import type { Caller } from '../_shared/identity'
import type { SendOutcome } from '../_shared/openapi/subscribe-message'
import { pageByKey } from '../_shared/paging'
import { stationFilter } from './scope'
import { iso } from './times'

interface OutboxDoc {
  _id: string
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  stationId?: string
  status?: SendOutcome
  errCode?: number
  sentAt: Date
}

/**
 * Every subscribe message the functions tried to send, with what became of it, newest first. An
 * officer reads their own station's, an admin every station's (and those of no station). The
 * recipient is never shown, not even masked: a mark that is the same across messages would link an
 * anonymous report to a named booking of the same person.
 */
export async function outbox(input: ActionInput<'visits', 'outbox'>, caller: Caller): Promise<ActionOutput<'visits', 'outbox'>> {
  const stationId = stationFilter(caller)
  const where = stationId ? { stationId } : {}
  const page = await pageByKey<OutboxDoc>({ collection: 'outbox', where, sortBy: 'sentAt', direction: 'desc', ...input })
  return {
    ...page,
    items: page.items.map((m) => ({
      id: m._id,
      templateId: m.templateId,
      page: m.page,
      data: m.data,
      // Messages recorded before outcomes were kept were all sent.
      status: m.status ?? 'sent',
      ...(m.errCode !== undefined ? { errCode: m.errCode } : {}),
      sentAt: iso(m.sentAt),
    })),
  }
}
