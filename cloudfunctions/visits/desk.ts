import { stringify } from 'csv-stringify/sync'
import type { ActionInput, ActionOutput } from '../../types'
import type { BookingStatus } from '../../types/visits'
import { _, db } from '../_shared/cloud'
import { AppError, conflict, forbidden, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { firstRow, rows, updatedCount } from '../_shared/results'
import type { BookingDoc, SessionDoc } from './docs'
import { phoneCell, textCell } from '../_shared/csv-cells'
import { assertStation } from './scope'
import { findSession, toSession } from './sessions'
import { iso, MINUTE } from './times'

/** Residents may check in from two hours before the start (people come early). */
const CHECKIN_OPENS_BEFORE_MS = 120 * MINUTE

const STATUS_LABEL: Record<BookingStatus, string> = { booked: '已预约', cancelled: '已取消', attended: '已签到', no_show: '未到场' }

async function sessionForStaff(sessionId: string, caller: Caller): Promise<SessionDoc> {
  const session = await findSession(sessionId)
  assertStation(caller, session.stationId)
  return session
}

/** Every booking of a session in queue order (at most capacity plus its cancellations). */
async function bookingsOf(sessionId: string): Promise<BookingDoc[]> {
  const all: BookingDoc[] = []
  let after = 0
  for (;;) {
    const batch = await rows<BookingDoc>(
      db.collection('bookings').where({ sessionId, queueNo: _.gt(after) }).orderBy('queueNo', 'asc').limit(500).get(),
    )
    all.push(...batch)
    if (batch.length < 500) return all
    after = batch[batch.length - 1].queueNo
  }
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
  }
}

export async function roster(input: ActionInput<'visits', 'roster'>, caller: Caller): Promise<ActionOutput<'visits', 'roster'>> {
  const session = await sessionForStaff(input.sessionId, caller)
  return { session: toSession(session), items: (await bookingsOf(session._id)).map(toRosterEntry) }
}

export async function exportRoster(input: ActionInput<'visits', 'exportRoster'>, caller: Caller): Promise<ActionOutput<'visits', 'exportRoster'>> {
  const session = await sessionForStaff(input.sessionId, caller)
  const bookings = await bookingsOf(session._id)
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

export async function checkIn(input: ActionInput<'visits', 'checkIn'>, caller: Caller): Promise<ActionOutput<'visits', 'checkIn'>> {
  const booking = await firstRow<BookingDoc>(db.collection('bookings').where({ checkinCode: input.checkinCode }).limit(1).get())
  if (!booking) throw notFound('没有这个签到码，请核对后重新输入')
  if (caller.role !== 'admin' && caller.stationId !== booking.stationId) throw forbidden('这是其他派出所场次的签到码')
  if (booking.status === 'cancelled') throw conflict('这条预约已经取消，不能签到')
  if (booking.status === 'attended') throw conflict(`已经签到过了（${iso(booking.checkedInAt ?? booking.updatedAt).slice(11, 16)}）`)
  if (booking.status === 'no_show') throw conflict('这一场已经结束，预约已记为未到场')
  const session = await findSession(booking.sessionId)
  const now = new Date()
  if (now.getTime() < session.startsAt.getTime() - CHECKIN_OPENS_BEFORE_MS) {
    throw new AppError('CLOSED', `还没到签到时间，开始前两小时可以签到（${iso(session.startsAt).slice(0, 16).replace('T', ' ')} 开始）`)
  }
  const switched = await updatedCount(
    db
      .collection('bookings')
      .where({ _id: booking._id, status: 'booked' })
      .update({ data: { status: 'attended', checkedInAt: now, checkedInBy: caller.openid, updatedAt: now } }),
  )
  // Two scanners at once: only one of them checks the booking in.
  if (switched === 0) throw conflict('已经签到过了')
  return { bookingId: booking._id, queueNo: booking.queueNo, name: booking.name ?? '未留姓名', matter: booking.matter, status: 'attended' }
}

export async function markNoShows(input: ActionInput<'visits', 'markNoShows'>, caller: Caller): Promise<ActionOutput<'visits', 'markNoShows'>> {
  const session = await sessionForStaff(input.sessionId, caller)
  if (session.endsAt > new Date()) throw new AppError('CLOSED', '这一场还没有结束，结束后才能登记未到场')
  const noShows = await updatedCount(
    db.collection('bookings').where({ sessionId: session._id, status: 'booked' }).update({ data: { status: 'no_show', updatedAt: new Date() } }),
  )
  return { noShows }
}
