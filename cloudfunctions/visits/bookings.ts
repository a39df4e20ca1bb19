import { randomInt } from 'node:crypto'
import type { ActionInput, ActionOutput } from '../../types'
import { maskPhone } from '../../types/masking'
import type { MyBooking } from '../../types/visits'
import { _, db } from '../_shared/cloud'
import { checkText } from '../_shared/openapi/content-check'
import { isDuplicateKey } from '../_shared/db-errors'
import { AppError, conflict, invalid, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { pageByKey } from '../_shared/paging'
import { consumeRateLimit } from '../_shared/rate-limit'
import { firstRow } from '../_shared/results'
import { inTransaction, readIn, StillContended } from '../_shared/transaction'
import type { BookingDoc, SessionDoc } from './docs'
import { forgetFull, recallFull, rememberFull } from './full-sessions'
import { assertStation } from './scope'
import { bookingStateOf, findSession, readSessionIn, sessionsById } from './sessions'
import { expectedArrival, iso } from './times'

// No 0/O or 1/I: the code is read aloud and typed at the counter.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 8

const ALREADY_BOOKED = '你已经预约了这一场，可在“我的预约”查看'

export function newCheckinCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
}

function refuseUnbookable(session: SessionDoc, now: Date): void {
  const state = bookingStateOf(session, now)
  if (state === 'cancelled') throw new AppError('CLOSED', `这一场已取消${session.cancelReason ? `：${session.cancelReason}` : ''}`)
  if (state === 'started') throw new AppError('CLOSED', '这一场已经开始，不能再预约')
  if (state === 'notYet') throw new AppError('CLOSED', `预约将于 ${iso(session.bookingOpensAt).slice(0, 16).replace('T', ' ')} 开放`)
  if (state === 'full') throw new AppError('FULL', '名额已满，请选择其他场次')
}

interface NewBooking {
  sessionId: string
  matter: string
  openid?: string
  name?: string
  phone?: string
  note?: string
  remind: boolean
  bookedBy?: string
}

export type BookingReceipt = ActionOutput<'visits', 'book'>

/**
 * Takes one seat: in one transaction, re-reads the session, refuses if it cannot be booked, counts
 * the seat and the queue number on the session and inserts the booking. The session document is
 * where racers meet: the cloud locks it for the first writer, and a second writer's update fails at
 * once (or when the session changed since its transaction began); inTransaction then runs the
 * whole of it again on a fresh snapshot, which soon says FULL. The unique index (sessionId,
 * activeKey) is the backstop against one person holding two seats.
 */
/** Rounds of attempts in a row during which the queue did not move before the caller is told to try again. */
const STALLED_ROUNDS = 3

async function takeSeat(request: NewBooking, check?: (session: SessionDoc) => void): Promise<BookingReceipt> {
  for (let seen = -1, stalled = 0; ; ) {
    try {
      return await takeSeatOnce(request, check)
    } catch (error) {
      if (!(error instanceof StillContended)) throw error
      // Every attempt lost to another writer. If those writers were bookings (the queue moved on),
      // they took seats, so trying again ends within the session's capacity: in a seat or in FULL.
      // Only when nothing moved for several rounds (a slow holder of the lock on a busy server is not
      // enough) is the caller told to try again.
      const session = await findSession(request.sessionId)
      refuseUnbookable(session, new Date())
      stalled = session.nextQueueNo === seen ? stalled + 1 : 0
      if (stalled >= STALLED_ROUNDS) throw error
      seen = session.nextQueueNo
    }
  }
}

async function takeSeatOnce(request: NewBooking, check?: (session: SessionDoc) => void): Promise<BookingReceipt> {
  const bookingId = `bk${Date.now().toString(36)}${randomInt(36 ** 6)
    .toString(36)
    .padStart(6, '0')}`
  const checkinCode = newCheckinCode()
  try {
    return await inTransaction(async (tx) => {
      const session = await readSessionIn(tx, request.sessionId)
      check?.(session)
      const now = new Date()
      refuseUnbookable(session, now)
      if (!session.services.includes(request.matter)) {
        throw invalid(`这一场不办理“${request.matter}”，可选：${session.services.join('、')}`, 'matter')
      }
      const queueNo = session.nextQueueNo
      const expectedAt = expectedArrival(session.startsAt, session.endsAt, session.capacity, queueNo)
      await tx
        .collection('sessions')
        .doc(session._id)
        .update({
          data: { booked: session.booked + 1, nextQueueNo: queueNo + 1, updatedAt: now },
        })
      const doc: BookingDoc = {
        _id: bookingId,
        sessionId: session._id,
        stationId: session.stationId,
        ...(request.openid ? { openid: request.openid } : {}),
        activeKey: request.openid ?? `counter-${bookingId}`,
        queueNo,
        expectedAt,
        checkinCode,
        matter: request.matter,
        ...(request.name ? { name: request.name } : {}),
        ...(request.phone ? { phone: request.phone } : {}),
        ...(request.note ? { note: request.note } : {}),
        status: 'booked',
        remind: request.remind,
        ...(request.remind && request.openid ? { reminder: 'pending' as const } : {}),
        startsAt: session.startsAt,
        ...(request.bookedBy ? { bookedBy: request.bookedBy } : {}),
        createdAt: now,
        updatedAt: now,
      }
      await tx.collection('bookings').add({ data: doc as unknown as Record<string, unknown> })
      return { bookingId, queueNo, expectedAt: iso(expectedAt), checkinCode }
    })
  } catch (error) {
    if (isDuplicateKey(error)) {
      if (/checkinCode/.test(String((error as Error).message))) return takeSeatOnce(request, check)
      throw conflict(ALREADY_BOOKED)
    }
    throw error
  }
}

async function activeBookingOf(sessionId: string, openid: string): Promise<BookingDoc | undefined> {
  return firstRow<BookingDoc>(db.collection('bookings').where({ sessionId, activeKey: openid }).limit(1).get())
}

/**
 * The router counts `book` per instance in memory (its contract says `limit: 'inMemory'`), before
 * validation; the database counter of the `write` family is taken here, only once a seat may be
 * written. A refusal (FULL, CONFLICT, CLOSED, NOT_FOUND) writes nothing, so it costs no counter
 * write, and a full session's refusals come from this instance's memory (full-sessions.ts).
 */
export async function book(input: ActionInput<'visits', 'book'>, openid: string): Promise<BookingReceipt> {
  const full = recallFull(input.sessionId)
  if (full) {
    if (full.holders.has(openid)) throw conflict(ALREADY_BOOKED)
    refuseUnbookable(full.session, new Date())
  }
  // Cheap answers next, from plain reads sent together and without a transaction: a session that
  // is visibly full (or closed) is refused here, so the racers who lost never queue for its lock.
  const [session, mine] = await Promise.all([findSession(input.sessionId), activeBookingOf(input.sessionId, openid)])
  if (mine) throw conflict(ALREADY_BOOKED)
  const now = new Date()
  if (bookingStateOf(session, now) === 'full') await rememberFull(session)
  refuseUnbookable(session, now)
  await consumeRateLimit(openid, 'write')
  for (const field of ['name', 'note'] as const) {
    const text = input[field]
    if (text && !(await checkText(text, openid, 1)).pass) throw new AppError('CONTENT_REJECTED', '内容含有不适宜的文字，请修改后再提交', { field })
  }
  return takeSeat({ ...input, remind: input.remind ?? false, openid })
}

export async function bookFor(input: ActionInput<'visits', 'bookFor'>, caller: Caller): Promise<BookingReceipt> {
  const session = await findSession(input.sessionId)
  assertStation(caller, session.stationId)
  // One name twice in a session is most often a second tap or a colleague at the next counter; a
  // namesake is possible, so staff may confirm it (the page asks and sends `confirmDuplicate`).
  if (!input.confirmDuplicate) {
    const same = await firstRow<BookingDoc>(
      db
        .collection('bookings')
        .where({ sessionId: session._id, name: input.name, status: _.in(['booked', 'attended']) })
        .limit(1)
        .get(),
    )
    if (same) throw new AppError('CONFLICT', `“${input.name}”已经预约了这一场（第 ${same.queueNo} 号）`, { field: 'name' })
  }
  return takeSeat({ sessionId: input.sessionId, matter: input.matter, name: input.name, phone: input.phone, remind: false, bookedBy: caller.openid }, (fresh) =>
    assertStation(caller, fresh.stationId),
  )
}

export async function cancel(input: ActionInput<'visits', 'cancel'>, openid: string): Promise<ActionOutput<'visits', 'cancel'>> {
  const sessionId = await inTransaction(async (tx) => {
    const booking = await readIn<BookingDoc>(tx, 'bookings', input.bookingId)
    // Someone else's booking is answered exactly like a missing one: ids reveal nothing.
    if (!booking || booking.openid !== openid) throw notFound('没有找到这条预约')
    if (booking.status === 'cancelled') throw conflict('这条预约已经取消了')
    if (booking.status !== 'booked') throw conflict('已签到或已结束的预约不能取消')
    const session = await readSessionIn(tx, booking.sessionId)
    const now = new Date()
    if (session.startsAt <= now) throw new AppError('CLOSED', '这一场已经开始，不能再取消；如不能到场，请联系民警')
    await tx
      .collection('bookings')
      .doc(booking._id)
      .update({
        data: { status: 'cancelled', activeKey: `cancelled-${booking._id}`, cancelledAt: now, updatedAt: now },
      })
    await tx
      .collection('sessions')
      .doc(session._id)
      .update({ data: { booked: Math.max(0, session.booked - 1), updatedAt: now } })
    return session._id
  })
  forgetFull(sessionId)
  return { status: 'cancelled' }
}

export function toMyBooking(doc: BookingDoc, session: SessionDoc | undefined): MyBooking {
  const out: MyBooking = {
    bookingId: doc._id,
    sessionId: doc.sessionId,
    queueNo: doc.queueNo,
    expectedAt: iso(doc.expectedAt),
    checkinCode: doc.checkinCode,
    matter: doc.matter,
    status: doc.status,
    remind: doc.remind,
    ...(doc.cancelReason ? { cancelReason: doc.cancelReason } : {}),
    createdAt: iso(doc.createdAt),
    session: session
      ? {
          title: session.title,
          place: session.place,
          startsAt: iso(session.startsAt),
          endsAt: iso(session.endsAt),
          status: session.status,
          stationName: session.stationName,
          ...(session.cancelReason ? { cancelReason: session.cancelReason } : {}),
        }
      : {
          title: '（场次已删除）',
          place: { name: '', address: '' },
          startsAt: iso(doc.startsAt),
          endsAt: iso(doc.startsAt),
          status: 'cancelled',
          stationName: '',
        },
  }
  if (doc.name) out.name = doc.name
  if (doc.phone) out.phone = maskPhone(doc.phone)
  return out
}

export async function myBookings(input: ActionInput<'visits', 'myBookings'>, openid: string): Promise<ActionOutput<'visits', 'myBookings'>> {
  const where = input.status ? { openid, status: input.status } : { openid }
  const page = await pageByKey<BookingDoc>({ collection: 'bookings', where, sortBy: 'createdAt', direction: 'desc', limit: input.limit, cursor: input.cursor })
  const sessions = await sessionsById(page.items.map((b) => b.sessionId))
  return { ...page, items: page.items.map((b) => toMyBooking(b, sessions.get(b.sessionId))) }
}

export async function getBooking(input: ActionInput<'visits', 'getBooking'>, openid: string): Promise<ActionOutput<'visits', 'getBooking'>> {
  const doc = await firstRow<BookingDoc>(db.collection('bookings').where({ _id: input.bookingId, openid }).limit(1).get())
  if (!doc) throw notFound('没有找到这条预约')
  const sessions = await sessionsById([doc.sessionId])
  return toMyBooking(doc, sessions.get(doc.sessionId))
}
