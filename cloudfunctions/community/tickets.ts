import type { TimelineEntry } from '../../types/community'
import type { TicketFlow, TicketKind } from '../../types/tickets'
import { _, db } from '../_shared/cloud'
import { isDuplicateKey } from '../_shared/db-errors'
import { conflict, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { pageByKey } from '../_shared/paging'
import { type CounterFamily, consumeRateLimit } from '../_shared/rate-limit'
import { firstRow, updatedCount } from '../_shared/results'
import { listStation, requireOwnStation } from '../_shared/station-scope'
import { notifyStatus } from './notify'
import { newTicketNo } from './ticket-no'

/**
 * The one ticket workflow that clue reports and mediation requests both run on (types/tickets.ts has
 * the table of each): opening a ticket under a fresh number, the sender's and the station's lists,
 * and every step — only from the states it may follow, raced safely, written to the timeline, told
 * to the sender. reports.ts and mediation.ts add only what their fields need.
 */

export interface TimelineDoc {
  status: string
  at: Date
  note?: string
}

/** What every ticket document holds besides its own fields. */
export interface TicketDoc<S extends string = string> {
  /** The ticket number. */
  _id: string
  /** The sender: kept even for an anonymous report so the sender can follow it; never shown to staff. */
  openid: string
  /** '' when no station could be told from what was sent: admins route it. */
  stationId: string
  status: S
  timeline: TimelineDoc[]
  /** Forgotten PRIVACY_CASE_DAYS after the ticket is finished (privacy/retention.ts). */
  contact?: string
  createdAt: Date
  updatedAt: Date
}

export const toTimeline = (entries: TimelineDoc[]): TimelineEntry[] =>
  entries.map((e) => (e.note ? { status: e.status, at: new Date(e.at).toISOString(), note: e.note } : { status: e.status, at: new Date(e.at).toISOString() }))

export const iso = (value: Date | undefined) => (value ? new Date(value).toISOString() : undefined)

/** The fields every ticket's public shape starts with. */
export const ticketBase = <S extends string>(doc: TicketDoc<S>) => ({
  ticketNo: doc._id,
  status: doc.status,
  createdAt: new Date(doc.createdAt).toISOString(),
  timeline: toTimeline(doc.timeline),
})

interface PageInput {
  limit?: number
  cursor?: string
}

export function ticketWorkflow<S extends string, Step extends string, D extends TicketDoc<S>>(
  kind: TicketKind,
  flow: TicketFlow<S, Step>,
  perDay: CounterFamily,
) {
  const tickets = () => db.collection(flow.collection)
  const notFoundMessage = `没有找到这条${flow.noun}`

  /** Inserts a record under a fresh ticket number, drawing again if it is taken. */
  async function insert(doc: Omit<D, '_id'>): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const ticketNo = newTicketNo(flow.prefix)
      try {
        await tickets().add({ data: { _id: ticketNo, ...doc } })
        return ticketNo
      } catch (error) {
        if (!isDuplicateKey(error) || attempt >= 5) throw error
      }
    }
  }

  function refusal(status: S, to: S): string {
    if (flow.finished.includes(status)) return `这条${flow.noun}已经结束，不能改为“${flow.labels[to]}”`
    return `这条${flow.noun}现在是“${flow.labels[status]}”，不能改为“${flow.labels[to]}”`
  }

  return {
    notFoundMessage,

    /** Takes one of the sender's tickets for today (RATE_LIMITED past it), then files the ticket in its first state. */
    async open(caller: Caller, fields: Omit<D, keyof TicketDoc<S>> & Partial<Pick<D, 'contact'>>, stationId: string): Promise<{ ticketNo: string }> {
      await consumeRateLimit(caller.openid, perDay)
      const now = new Date()
      const doc = {
        ...fields,
        openid: caller.openid,
        stationId,
        status: flow.first,
        timeline: [{ status: flow.first, at: now }],
        createdAt: now,
        updatedAt: now,
      } as Omit<D, '_id'>
      return { ticketNo: await insert(doc) }
    },

    /** The sender's own tickets, newest first. */
    mine: (input: PageInput, caller: Caller) =>
      pageByKey<D>({
        collection: flow.collection,
        where: { openid: caller.openid },
        sortBy: 'createdAt',
        direction: 'desc',
        limit: input.limit,
        cursor: input.cursor,
      }),

    /** A station's tickets in one state, oldest first: what waits longest comes first. */
    queue(input: PageInput & { stationId?: string; status?: S }, caller: Caller) {
      const stationId = listStation(caller, input.stationId)
      const where: Record<string, unknown> = {}
      if (stationId !== undefined) where.stationId = stationId
      if (input.status) where.status = input.status
      return pageByKey<D>({ collection: flow.collection, where, sortBy: 'createdAt', direction: 'asc', limit: input.limit, cursor: input.cursor })
    },

    async load(ticketNo: string): Promise<D> {
      const doc = await firstRow<D>(tickets().where({ _id: ticketNo }).limit(1).get())
      if (!doc) throw notFound(notFoundMessage)
      return doc
    },

    /** A ticket staff may act on: it exists and, for an officer, belongs to their station. */
    async forStaff(ticketNo: string, caller: Caller): Promise<D> {
      const doc = await this.load(ticketNo)
      requireOwnStation(caller, doc.stationId)
      return doc
    },

    /**
     * One step of a ticket's life, only from the states it may follow; a step out of order, or one
     * that lost a race with another officer, is a CONFLICT. The sender hears of every step.
     */
    async move(doc: D, step: Step, note: string | undefined, extra: Partial<D> = {}): Promise<D> {
      const { from, to } = flow.steps[step]
      if (!from.includes(doc.status)) throw conflict(refusal(doc.status, to))
      const now = new Date()
      const entry: TimelineDoc = note ? { status: to, at: now, note } : { status: to, at: now }
      const moved = await updatedCount(
        tickets()
          .where({ _id: doc._id, status: doc.status })
          .update({ data: { status: to, ...extra, timeline: _.push([entry]), updatedAt: now } }),
      )
      if (moved !== 1) throw conflict(`这条${flow.noun}刚被其他人处理过，请刷新后再看`)
      await notifyStatus(kind, doc.openid, doc._id, flow.labels[to], note, now, doc.stationId)
      return { ...doc, ...extra, status: to, timeline: [...doc.timeline, entry], updatedAt: now }
    },
  }
}
