import type { ActionInput, ActionOutput } from '../../types'
import type { BookingState, VisitSession } from '../../types/visits'
import { _, db } from '../_shared/cloud'
import { distanceM } from '../_shared/distance'
import { invalid, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { decodeCursor, encodeCursor, pageByKey } from '../_shared/paging'
import { firstRow, rows } from '../_shared/results'
import type { BookingDoc, SessionDoc } from './docs'
import { assertStation, stationFilter } from './scope'
import { iso, MINUTE } from './times'
import { chinaClock } from '../_shared/china-time'
import { cancelBookingsOf, notifySessionChanged } from './notify'
import { retimeBookings } from './queue-times'
import { inTransaction, readIn, type Transaction } from '../_shared/transaction'
import { forgetFull } from './full-sessions'
import { requireById } from '../_shared/by-id'

/** A start as residents read it in a message: 12月3日 09:00, China time. */
const chinaStart = (date: Date) => chinaClock(date).format('M月D日 HH:mm')

export function bookingStateOf(session: SessionDoc, now = new Date()): BookingState {
  if (session.status === 'cancelled') return 'cancelled'
  if (now >= session.startsAt) return 'started'
  if (now < session.bookingOpensAt) return 'notYet'
  if (session.booked >= session.capacity) return 'full'
  return 'open'
}

export function toSession(doc: SessionDoc, now = new Date()): VisitSession {
  const out: VisitSession = {
    sessionId: doc._id,
    stationId: doc.stationId,
    stationName: doc.stationName,
    title: doc.title,
    place: doc.place,
    startsAt: iso(doc.startsAt),
    endsAt: iso(doc.endsAt),
    bookingOpensAt: iso(doc.bookingOpensAt),
    capacity: doc.capacity,
    booked: doc.booked,
    seatsLeft: Math.max(0, doc.capacity - doc.booked),
    services: doc.services,
    status: doc.status,
    bookingState: bookingStateOf(doc, now),
  }
  if (doc.note) out.note = doc.note
  if (doc.cancelReason) out.cancelReason = doc.cancelReason
  return out
}

export const findSession = (sessionId: string) => requireById<SessionDoc>('sessions', sessionId, '没有找到这一场流动警务室')

export async function listSessions(input: ActionInput<'visits', 'listSessions'>): Promise<ActionOutput<'visits', 'listSessions'>> {
  const from = input.from ? new Date(input.from) : new Date()
  // A session still running is worth showing: residents can walk up without a booking.
  const where: Record<string, unknown> = { status: 'published', endsAt: _.gt(from) }
  if (input.stationId) where.stationId = input.stationId
  if (!input.near) {
    const page = await pageByKey<SessionDoc>({ collection: 'sessions', where, sortBy: 'startsAt', direction: 'asc', limit: input.limit, cursor: input.cursor })
    return { ...page, items: page.items.map((doc) => toSession(doc)) }
  }
  // Nearest first: the upcoming sessions of a city are a few hundred at most (the query cap is 1000),
  // so they are sorted here and paged by position.
  const near = input.near
  const docs = await rows<SessionDoc>(db.collection('sessions').where(where).orderBy('startsAt', 'asc').limit(1000).get())
  const sorted = docs
    .map((doc) => ({ doc, d: doc.place.location ? Math.round(distanceM(near, doc.place.location)) : Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.d - b.d || a.doc.startsAt.getTime() - b.doc.startsAt.getTime())
  const offset = input.cursor ? Number(decodeCursor(input.cursor).value) : 0
  if (!Number.isInteger(offset) || offset < 0) throw invalid('参数无效：cursor 不是本列表给出的翻页标记', 'cursor')
  const limit = input.limit ?? 20
  const slice = sorted.slice(offset, offset + limit)
  const items = slice.map(({ doc, d }) => (Number.isFinite(d) ? { ...toSession(doc), distanceM: d } : toSession(doc)))
  const next = offset + limit < sorted.length ? encodeCursor(offset + limit, 'near') : undefined
  return next ? { items, nextCursor: next } : { items }
}

export async function getSession(input: ActionInput<'visits', 'getSession'>, openid?: string): Promise<ActionOutput<'visits', 'getSession'>> {
  const doc = await findSession(input.sessionId)
  const session = toSession(doc)
  if (!openid) return session
  const mine = await firstRow<BookingDoc>(db.collection('bookings').where({ sessionId: doc._id, activeKey: openid }).limit(1).get())
  return mine ? { ...session, myBookingId: mine._id } : session
}

export async function listStationSessions(
  input: ActionInput<'visits', 'listStationSessions'>,
  caller: Caller,
): Promise<ActionOutput<'visits', 'listStationSessions'>> {
  const stationId = stationFilter(caller, input.stationId)
  const now = new Date()
  // Upcoming: not yet ended (a session running now is still the day's work), soonest first.
  // Past: ended, the latest first. Cancelled sessions stay in both, marked by their status.
  const upcoming = input.when === 'upcoming'
  const where = { ...(stationId ? { stationId } : {}), endsAt: upcoming ? _.gt(now) : _.lte(now) }
  const page = await pageByKey<SessionDoc>({
    collection: 'sessions',
    where,
    sortBy: 'startsAt',
    direction: upcoming ? 'asc' : 'desc',
    limit: input.limit,
    cursor: input.cursor,
  })
  return { ...page, items: page.items.map((doc) => toSession(doc, now)) }
}

interface Window {
  startsAt: Date
  endsAt: Date
  bookingOpensAt: Date
}

/** Whether an input instant names the stored one, to the second: answers carry instants to the second. */
const sameInstant = (input: string, stored: Date) => Math.floor(Date.parse(input) / 1000) === Math.floor(stored.getTime() / 1000)

function checkWindow(w: Window, now: Date): void {
  if (w.endsAt <= w.startsAt) throw invalid('结束时间应晚于开始时间', 'endsAt')
  if (w.endsAt.getTime() - w.startsAt.getTime() > 12 * 60 * MINUTE) throw invalid('一场最长 12 小时', 'endsAt')
  if (w.startsAt <= now) throw invalid('开始时间应在现在之后', 'startsAt')
  if (w.bookingOpensAt >= w.startsAt) throw invalid('开放预约的时间应早于开始时间', 'bookingOpensAt')
}

function uniqueServices(services: string[]): string[] {
  const unique = [...new Set(services)]
  if (unique.length !== services.length) throw invalid('服务项目有重复', 'services')
  return unique
}

export async function createSession(input: ActionInput<'visits', 'createSession'>, caller: Caller): Promise<ActionOutput<'visits', 'createSession'>> {
  assertStation(caller, input.stationId)
  const station = await firstRow<{ _id: string; name: string }>(db.collection('stations').where({ _id: input.stationId }).limit(1).get())
  if (!station) throw notFound('没有找到该派出所')
  const now = new Date()
  const window = {
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    // Booking opens as soon as the session is published, unless the station names a time.
    bookingOpensAt: input.bookingOpensAt ? new Date(input.bookingOpensAt) : now,
  }
  checkWindow(window, now)
  const doc: Omit<SessionDoc, '_id'> = {
    stationId: input.stationId,
    stationName: station.name,
    title: input.title,
    place: input.place,
    ...window,
    capacity: input.capacity,
    booked: 0,
    nextQueueNo: 1,
    services: uniqueServices(input.services),
    ...(input.note ? { note: input.note } : {}),
    status: 'published',
    createdBy: caller.openid,
    createdAt: now,
    updatedAt: now,
  }
  const added = (await db.collection('sessions').add({ data: doc })) as { _id: string }
  return { sessionId: String(added._id) }
}

export async function updateSession(input: ActionInput<'visits', 'updateSession'>, caller: Caller): Promise<ActionOutput<'visits', 'updateSession'>> {
  const { sessionId, ...changes } = input
  // Read and write in one transaction, so that a booking landing meanwhile cannot slip under a
  // capacity being lowered.
  const { before, updated } = await inTransaction(async (tx) => {
    const doc = await readSessionIn(tx, sessionId)
    assertStation(caller, doc.stationId)
    if (doc.status === 'cancelled') throw invalid('这一场已经取消，不能再修改', 'sessionId')
    const now = new Date()
    if (doc.endsAt <= now) throw invalid('这一场已经结束，不能再修改', 'sessionId')
    const next: Partial<SessionDoc> = { updatedAt: now }
    if (changes.title) next.title = changes.title
    if (changes.place) next.place = changes.place
    if (changes.note) next.note = changes.note
    if (changes.services) next.services = uniqueServices(changes.services)
    if (changes.capacity !== undefined) {
      if (changes.capacity < doc.booked) throw invalid(`已有 ${doc.booked} 人预约，名额不能少于 ${doc.booked}`, 'capacity')
      next.capacity = changes.capacity
    }
    // The edit form sends every field: a time equal to the stored one is no change.
    const startsAt = changes.startsAt && !sameInstant(changes.startsAt, doc.startsAt) ? new Date(changes.startsAt) : undefined
    const endsAt = changes.endsAt && !sameInstant(changes.endsAt, doc.endsAt) ? new Date(changes.endsAt) : undefined
    const bookingOpensAt = changes.bookingOpensAt && !sameInstant(changes.bookingOpensAt, doc.bookingOpensAt) ? new Date(changes.bookingOpensAt) : undefined
    if (startsAt || endsAt || bookingOpensAt) {
      const window = {
        startsAt: startsAt ?? doc.startsAt,
        endsAt: endsAt ?? doc.endsAt,
        bookingOpensAt: bookingOpensAt ?? doc.bookingOpensAt,
      }
      if (doc.startsAt <= now && (startsAt || bookingOpensAt)) throw invalid('这一场已经开始，不能再改开始时间', 'startsAt')
      checkWindow(window, doc.startsAt <= now ? new Date(0) : now)
      Object.assign(next, window)
    }
    await tx.collection('sessions').doc(sessionId).update({ data: next })
    return { before: doc, updated: { ...doc, ...next } }
  })
  forgetFull(sessionId)
  const windowMoved = before.startsAt.getTime() !== updated.startsAt.getTime() || before.endsAt.getTime() !== updated.endsAt.getTime()
  const placeMoved = before.place.name !== updated.place.name || before.place.address !== updated.place.address
  // The queue is spread over the window by capacity: a new start, end or capacity re-times every
  // waiting booking, in queue order, before anyone is told.
  if (windowMoved || before.capacity !== updated.capacity) await retimeBookings(updated)
  // Holders hear of a new time or place, each with their own expected time (best effort: the change
  // stands whoever could not be told). Template fields hold 20 characters.
  const what = windowMoved
    ? `${placeMoved ? '改到' + updated.place.name + ' ' : '时间改为'}${chinaStart(updated.startsAt)}`
    : placeMoved
      ? `地点改为${updated.place.name}`
      : undefined
  if (what) await notifySessionChanged(updated, what, (booking) => `请于${chinaStart(booking.expectedAt)}前后到场`)
  return { sessionId }
}

export async function cancelSession(input: ActionInput<'visits', 'cancelSession'>, caller: Caller): Promise<ActionOutput<'visits', 'cancelSession'>> {
  const doc = await findSession(input.sessionId)
  assertStation(caller, doc.stationId)
  if (doc.status === 'cancelled') throw invalid('这一场已经取消过了', 'sessionId')
  if (doc.endsAt <= new Date()) throw invalid('这一场已经结束，不能取消', 'sessionId')
  // Closing the session first stops new bookings; then every active booking is cancelled and told.
  await db
    .collection('sessions')
    .doc(doc._id)
    .update({
      data: { status: 'cancelled', cancelReason: input.reason, updatedAt: new Date() },
    })
  forgetFull(doc._id)
  const cancelledBookings = await cancelBookingsOf({ ...doc, status: 'cancelled', cancelReason: input.reason })
  return { sessionId: doc._id, cancelledBookings }
}

export async function readSessionIn(tx: Transaction, sessionId: string): Promise<SessionDoc> {
  const session = await readIn<SessionDoc>(tx, 'sessions', sessionId)
  if (!session) throw notFound('没有找到这一场流动警务室')
  return session
}

/** Sessions by id, for lists of bookings that show their session. */
export async function sessionsById(ids: string[]): Promise<Map<string, SessionDoc>> {
  if (ids.length === 0) return new Map()
  const found = await rows<SessionDoc>(
    db
      .collection('sessions')
      .where({ _id: _.in([...new Set(ids)]) })
      .limit(100)
      .get(),
  )
  return new Map(found.map((s) => [s._id, s]))
}
