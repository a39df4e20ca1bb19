import { stringify } from 'csv-stringify/sync'
import type { ActionInput, ActionOutput } from '../../types'
import type { BookingStatus } from '../../types/visits'
import { _, db } from '../_shared/cloud'
import { AppError, conflict, forbidden, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { firstRow, updatedCount } from '../_shared/results'
import type { BookingDoc, SessionDoc } from './docs'
import { phoneCell, textCell } from '../_shared/csv-cells'
import { assertStation } from './scope'
import { notifyBookingCancelled } from './notify'
import { bookingsInQueueOrder } from './queue-times'
import { releaseBooking } from '../_shared/seats'
import { findSession, toSession } from './sessions'
import { iso, MINUTE } from './times'
import { chinaDate } from '../_shared/china-time'
import { forgetFull } from './full-sessions'
import { requireById } from '../_shared/by-id'

/** Whether two instants fall on the same calendar day in China. */
const sameChinaDay = (a: Date, b: Date) => chinaDate(a) === chinaDate(b)

/** Residents may check in from two hours before the start (people come early). */
const CHECKIN_OPENS_BEFORE_MS = 120 * MINUTE

const STATUS_LABEL: Record<BookingStatus, string> = { booked: '已预约', cancelled: '已取消', attended: '已签到', no_show: '未到场' }

async function sessionForStaff(sessionId: string, caller: Caller): Promise<SessionDoc> {
  const session = await findSession(sessionId)
  assertStation(caller, session.stationId)
  return session
}

function toRosterEntry(b: BookingDoc) {
  return {
    bookingId: b._id,
    queueNo: b.queueNo,
    expectedAt: iso(b.expectedAt),
    name: b.name ?? '未留姓名',
    ...(b.phone ? { phone: b.phone } : {}),
    matter: b.matter,
    ...(b.note ? { note: b.note } : {}),
    status: b.status,
    atCounter: Boolean(b.bookedBy),
    ...(b.checkedInAt ? { checkedInAt: iso(b.checkedInAt) } : {}),
    checkinCode: b.checkinCode,
    ...(b.cancelReason ? { cancelReason: b.cancelReason } : {}),
  }
}

export async function roster(input: ActionInput<'visits', 'roster'>, caller: Caller): Promise<ActionOutput<'visits', 'roster'>> {
  const session = await sessionForStaff(input.sessionId, caller)
  return { session: toSession(session), items: (await bookingsInQueueOrder(session._id)).map(toRosterEntry) }
}

export async function exportRoster(input: ActionInput<'visits', 'exportRoster'>, caller: Caller): Promise<ActionOutput<'visits', 'exportRoster'>> {
  const session = await sessionForStaff(input.sessionId, caller)
  const bookings = await bookingsInQueueOrder(session._id)
  const hhmm = (date: Date) => iso(date).slice(11, 16)
  const csv = stringify(
    bookings.map((b) => [
      b.queueNo,
      hhmm(b.expectedAt),
      textCell(b.name ?? '未留姓名'),
      phoneCell(b.phone),
      textCell(b.matter),
      textCell(b.note ?? ''),
      STATUS_LABEL[b.status],
      b.bookedBy ? '是' : '',
      b.checkedInAt ? hhmm(b.checkedInAt) : '',
    ]),
    {
      header: true,
      columns: ['排队号', '预计到场', '姓名', '电话', '事项', '备注', '状态', '代预约', '签到时间'],
      // Excel opens UTF-8 as UTF-8 only with a byte-order mark. Formulas are defused cell by cell
      // (csv-cells.ts), not by escape_formulas, which would also defuse the phone cells' ="…" form.
      bom: true,
      record_delimiter: 'windows',
    },
  )
  const day = iso(session.startsAt).slice(0, 10)
  return { filename: `流动警务室名单-${day}-${session.place.name}.csv`.replace(/[\\/:*?"<>|\s]+/g, '_'), csv }
}

/** The booking a check-in names: by the code the resident shows, or by its id from a roster row. */
async function bookingToCheckIn(input: ActionInput<'visits', 'checkIn'>): Promise<BookingDoc> {
  const where = input.bookingId ? { _id: input.bookingId } : { checkinCode: input.checkinCode }
  const booking = await firstRow<BookingDoc>(db.collection('bookings').where(where).limit(1).get())
  if (!booking) throw notFound(input.bookingId ? '没有找到这条预约' : '没有这个签到码，请核对后重新输入')
  return booking
}

export async function checkIn(input: ActionInput<'visits', 'checkIn'>, caller: Caller): Promise<ActionOutput<'visits', 'checkIn'>> {
  const booking = await bookingToCheckIn(input)
  if (caller.role !== 'admin' && caller.stationId !== booking.stationId) throw forbidden('这是其他派出所场次的签到码')
  if (booking.status === 'cancelled') throw conflict('这条预约已经取消，不能签到')
  if (booking.status === 'attended') throw conflict(`已经签到过了（${iso(booking.checkedInAt ?? booking.updatedAt).slice(11, 16)}）`)
  const session = await findSession(booking.sessionId)
  const now = new Date()
  // Someone who comes late, after the desk already marked the no-shows, is still served that day.
  if (booking.status === 'no_show' && !sameChinaDay(now, session.startsAt)) throw conflict('这一场已经结束，预约已记为未到场')
  if (now.getTime() < session.startsAt.getTime() - CHECKIN_OPENS_BEFORE_MS) {
    throw new AppError('CLOSED', `还没到签到时间，开始前两小时可以签到（${iso(session.startsAt).slice(0, 16).replace('T', ' ')} 开始）`)
  }
  const switched = await updatedCount(
    db
      .collection('bookings')
      .where({ _id: booking._id, status: booking.status })
      .update({ data: { status: 'attended', checkedInAt: now, checkedInBy: caller.openid, updatedAt: now } }),
  )
  // Two scanners at once: only one of them checks the booking in.
  if (switched === 0) throw conflict('已经签到过了')
  return { bookingId: booking._id, queueNo: booking.queueNo, name: booking.name ?? '未留姓名', matter: booking.matter, status: 'attended' }
}

/**
 * Staff cancel one booking (the resident phoned, or came to the counter): the seat goes back, the
 * reason is kept on the booking, and the holder is told (best effort: the cancelling stands). The
 * router writes the audit line.
 */
export async function staffCancel(input: ActionInput<'visits', 'staffCancel'>, caller: Caller): Promise<ActionOutput<'visits', 'staffCancel'>> {
  const booking = await requireById<BookingDoc>('bookings', input.bookingId, '没有找到这条预约')
  const session = await sessionForStaff(booking.sessionId, caller)
  if (booking.status === 'cancelled') throw conflict('这条预约已经取消了')
  if (booking.status !== 'booked') throw conflict('已签到或已记为未到场的预约不能取消')
  if (session.endsAt <= new Date()) throw new AppError('CLOSED', '这一场已经结束，不能再取消预约')
  // The conditional switch frees the seat exactly once, even with two officers tapping at once.
  if (!(await releaseBooking(booking._id, session._id, { cancelReason: input.reason, cancelledBy: caller.openid }))) throw conflict('这条预约已经取消或已签到')
  forgetFull(session._id)
  const notified = await notifyBookingCancelled(booking, session, input.reason)
  return { bookingId: booking._id, status: 'cancelled', notified }
}

export async function markNoShows(input: ActionInput<'visits', 'markNoShows'>, caller: Caller): Promise<ActionOutput<'visits', 'markNoShows'>> {
  const session = await sessionForStaff(input.sessionId, caller)
  if (session.endsAt > new Date()) throw new AppError('CLOSED', '这一场还没有结束，结束后才能登记未到场')
  const noShows = await updatedCount(
    db
      .collection('bookings')
      .where({ sessionId: session._id, status: 'booked' })
      .update({ data: { status: 'no_show', updatedAt: new Date() } }),
  )
  return { noShows }
}
