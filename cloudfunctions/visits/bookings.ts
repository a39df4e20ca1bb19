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
import { firstRow, updatedCount } from '../_shared/results'
import { inTransaction, readIn } from '../_shared/transaction'
import { type BookingDoc, type SessionDoc, SEAT_HOLDING } from './docs'
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

function refuseMatter(session: SessionDoc, matter: string): void {
  if (!session.services.includes(matter)) throw invalid(`这一场不办理“${matter}”，可选：${session.services.join('、')}`, 'matter')
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

/** Claims against a session read afresh before the caller is told to try again (each lost claim means someone else took a seat). */
const MAX_CLAIMS = 64

/**
 * Takes one seat, with no transaction to queue for.
 * 1. The claim: one conditional update of the session that matches only while it is as the caller
 *    read it (the same next queue number, published, open, the same capacity) and a seat is left,
 *    and counts the seat and the queue number. An update of one document is atomic in the cloud, so
 *    of the racers who read the same queue number one matches and the others update nothing; they
 *    read the session again (a request each, where a lost transaction costs four: start, read, the
 *    refused write, rollback) and claim the next number, or hear FULL. A plain write to a document a
 *    transaction holds (a cancellation, an edit) waits for it: 「普通的更新操作会被阻塞，直到事务锁释放或者超时」.
 *    The count can never pass the capacity: nothing is ever oversold.
 * 2. The booking is inserted. The unique index (sessionId, activeKey) is the backstop against one
 *    person holding two seats: their second seat is given back and they hear CONFLICT.
 * Should the insert fail, the seat is given back. Only a function killed between the two requests
 * would leave a seat counted with nobody in it: one seat unsold, never one oversold.
 */
async function takeSeat(request: NewBooking, read: SessionDoc, options: SeatOptions = {}): Promise<BookingReceipt> {
  let session = read
  for (let claim = 1; ; claim++) {
    options.check?.(session)
    const now = new Date()
    refuseUnbookable(session, now)
    refuseMatter(session, request.matter)
    const claimed = claim === 1 && options.admitted ? await claimAdmitted(session, now, options.admitted) : await claimSeat(session, now)
    if (claimed) return placeBooking(request, session, now)
    if (claim >= MAX_CLAIMS) throw conflict('同时办理的人较多，请稍后再试')
    session = await findSession(request.sessionId)
  }
}

interface SeatOptions {
  /** Refuses the seat for a session the caller may not book for (staff of another station). */
  check?: (session: SessionDoc) => void
  /**
   * The caller's write counter, taken while the first claim is sent rather than before it: both are
   * writes the database makes durable, and sent together they share one wait for the disk. A claim
   * that succeeded for a caller the counter refuses gives its seat back.
   */
  admitted?: Promise<void>
}

/** `claimSeat` sent together with the caller's admission; the admission's refusal wins. */
async function claimAdmitted(session: SessionDoc, now: Date, admitted: Promise<void>): Promise<boolean> {
  const [claim, admission] = await Promise.allSettled([claimSeat(session, now), admitted])
  if (admission.status === 'rejected') {
    if (claim.status === 'fulfilled' && claim.value) await giveBackSeat(session._id)
    throw admission.reason
  }
  if (claim.status === 'rejected') throw claim.reason
  return claim.value
}

/** Whether this call took the seat numbered `session.nextQueueNo`: nobody else took it since `session` was read. */
async function claimSeat(session: SessionDoc, now: Date): Promise<boolean> {
  const claimed = await updatedCount(
    db
      .collection('sessions')
      .where({
        _id: session._id,
        nextQueueNo: session.nextQueueNo,
        status: 'published',
        capacity: session.capacity,
        booked: _.lt(session.capacity),
        bookingOpensAt: _.lte(now),
        startsAt: _.gt(now),
      })
      .update({ data: { booked: _.inc(1), nextQueueNo: session.nextQueueNo + 1, updatedAt: now } }),
  )
  return claimed === 1
}

async function giveBackSeat(sessionId: string): Promise<void> {
  await db
    .collection('sessions')
    .doc(sessionId)
    .update({ data: { booked: _.inc(-1), updatedAt: new Date() } })
}

/** Inserts the booking for the seat just claimed in `session` (as read before the claim). */
async function placeBooking(request: NewBooking, session: SessionDoc, now: Date): Promise<BookingReceipt> {
  const queueNo = session.nextQueueNo
  const expectedAt = expectedArrival(session.startsAt, session.endsAt, session.capacity, queueNo)
  for (;;) {
    const bookingId = `bk${Date.now().toString(36)}${randomInt(36 ** 6)
      .toString(36)
      .padStart(6, '0')}`
    const checkinCode = newCheckinCode()
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
    try {
      await db.collection('bookings').add({ data: doc as unknown as Record<string, unknown> })
      return { bookingId, queueNo, expectedAt: iso(expectedAt), checkinCode }
    } catch (error) {
      // A check-in code drawn twice (1 in 32⁸): draw again, the seat is still ours.
      if (isDuplicateKey(error) && /checkinCode/.test(String((error as Error).message))) continue
      await giveBackSeat(session._id)
      if (isDuplicateKey(error)) throw conflict(ALREADY_BOOKED)
      throw error
    }
  }
}

async function activeBookingOf(sessionId: string, openid: string): Promise<BookingDoc | undefined> {
  return firstRow<BookingDoc>(db.collection('bookings').where({ sessionId, activeKey: openid }).limit(1).get())
}

/**
 * The router counts `book` per instance in memory (its contract says `limit: 'inMemory'`), before
 * validation; the database counter of the `write` family is taken here, only once the plain reads
 * say a seat may be written, and sent with the seat's claim. A refusal from the reads (FULL, CONFLICT,
 * CLOSED, NOT_FOUND, a matter the session does not offer) writes nothing, so it costs no counter
 * write, and a full session's refusals come from this instance's memory (full-sessions.ts). A caller
 * who then loses the last seat to a faster one has attempted a write, and it is counted.
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
  refuseMatter(session, input.matter)
  const admitted = consumeRateLimit(openid, 'write')
  // Awaited with the claim (or before the content check); marked handled here so that a refusal
  // thrown before then does not leave it unobserved.
  admitted.catch(() => undefined)
  const request: NewBooking = { ...input, remind: input.remind ?? false, openid }
  const texts = (['name', 'note'] as const).filter((field) => input[field])
  if (texts.length === 0) return takeSeat(request, session, { admitted })
  // Text goes to the content check only from a caller within the limit (the check has a quota of its own).
  await admitted
  for (const field of texts) {
    if (!(await checkText(input[field]!, openid, 1)).pass) throw new AppError('CONTENT_REJECTED', '内容含有不适宜的文字，请修改后再提交', { field })
  }
  return takeSeat(request, session)
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
        .where({ sessionId: session._id, name: input.name, status: _.in(SEAT_HOLDING) })
        .limit(1)
        .get(),
    )
    if (same) throw new AppError('CONFLICT', `“${input.name}”已经预约了这一场（第 ${same.queueNo} 号）`, { field: 'name' })
  }
  return takeSeat({ sessionId: input.sessionId, matter: input.matter, name: input.name, phone: input.phone, remind: false, bookedBy: caller.openid }, session, {
    check: (fresh) => assertStation(caller, fresh.stationId),
  })
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
