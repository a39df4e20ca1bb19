import { messagePage } from '../../types/routes'
import { _, db } from '../_shared/cloud'
import { sendSubscribeMessage, type SendOutcome } from '../_shared/openapi/subscribe-message'
import { rows, updatedCount } from '../_shared/results'
import { releaseBooking } from '../_shared/seats'
import type { BookingDoc, SessionDoc } from './docs'
import { sessionsById } from './sessions'
import { iso, MINUTE } from './times'

/**
 * Subscribe-message templates, configured per deployment (the ids come from the mini-program's
 * 订阅消息 page); locally they are placeholders. `cancelled` is the session-changed-or-cancelled
 * notice: the booking tap asks for it together with the reminder.
 */
export function templateIds() {
  const env = process.env
  return {
    reminder: env.JMT_TEMPLATE_VISIT_REMINDER || 'local-visit-reminder',
    cancelled: env.JMT_TEMPLATE_VISIT_CANCELLED || 'local-visit-cancelled',
    requestAnswered: env.JMT_TEMPLATE_REQUEST_ANSWERED || 'local-request-answered',
  }
}

/** How long before the start a reminder goes out (JMT_REMIND_BEFORE_MINUTES, default two hours). */
export function reminderLeadMs(): number {
  const minutes = Number(process.env.JMT_REMIND_BEFORE_MINUTES)
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 120) * MINUTE
}

/** Template fields are short: `thing` values at most 20 characters (WeChat refuses longer ones, 47003). */
const thing = (text: string) => ({ value: Array.from(text).slice(0, 20).join('') })
/** `time` keywords as `YYYY-MM-DD HH:mm`, China time. */
const time = (date: Date) => ({ value: iso(date).slice(0, 16).replace('T', ' ') })

const bookingPage = (bookingId: string) => messagePage('visits/booking/index', { bookingId })

/** Sends the reminder of one booking (best effort: the outcome, never an exception). */
export async function sendReminder(booking: BookingDoc, session: SessionDoc): Promise<SendOutcome> {
  if (!booking.openid) return 'failed'
  return sendSubscribeMessage(
    {
      touser: booking.openid,
      templateId: templateIds().reminder,
      page: bookingPage(booking._id),
      data: {
        thing1: thing(session.title),
        time2: time(booking.expectedAt),
        thing3: thing(session.place.name),
        character_string4: { value: String(booking.queueNo) },
        thing5: thing('请带好身份证件，按时到场'),
      },
    },
    { stationId: session.stationId },
  )
}

/** Tells one holder their session was changed or cancelled; `what` says what happened, `advice` what to do. */
function sendSessionNotice(booking: BookingDoc, session: SessionDoc, what: string, advice: string): Promise<SendOutcome> {
  return sendSubscribeMessage(
    {
      touser: booking.openid!,
      templateId: templateIds().cancelled,
      page: bookingPage(booking._id),
      data: { thing1: thing(session.title), time2: time(session.startsAt), thing3: thing(what), thing4: thing(advice) },
    },
    { stationId: session.stationId },
  )
}

/**
 * Tells every holder of an active booking that their session moved or changed place (`what`, e.g.
 * 时间改为12月3日 09:00), with their own advice (e.g. their new expected time, read from the booking
 * as it is stored now). Best effort, one message each; the change itself is already saved.
 */
export async function notifySessionChanged(session: SessionDoc, what: string, advice: (booking: BookingDoc) => string): Promise<number> {
  let told = 0
  let after = ''
  for (;;) {
    const batch = await rows<BookingDoc>(
      db
        .collection('bookings')
        .where({ sessionId: session._id, status: 'booked', _id: _.gt(after) })
        .orderBy('_id', 'asc')
        .limit(100)
        .get(),
    )
    for (const booking of batch) {
      if (booking.openid && (await sendSessionNotice(booking, session, what, advice(booking))) === 'sent') told++
    }
    const last = batch.at(-1)
    if (!last || batch.length < 100) return told
    after = last._id
  }
}

/** Tells the holder of one booking that staff cancelled it, and why (best effort): whether it went out. */
export async function notifyBookingCancelled(booking: BookingDoc, session: SessionDoc, reason: string): Promise<boolean> {
  if (!booking.openid) return false
  return (await sendSessionNotice(booking, session, reason, '预约已由民警取消，可改约其他场次')) === 'sent'
}

/**
 * Cancels every active booking of a cancelled session and tells each holder. Each booking is
 * switched with a conditional update before its message goes out, so running this again after a
 * crash finishes the job without telling anyone twice.
 */
export async function cancelBookingsOf(session: SessionDoc): Promise<number> {
  let cancelled = 0
  for (;;) {
    const batch = await rows<BookingDoc>(
      db.collection('bookings').where({ sessionId: session._id, status: 'booked' }).orderBy('queueNo', 'asc').limit(100).get(),
    )
    if (batch.length === 0) break
    for (const booking of batch) {
      if (!(await releaseBooking(booking._id, session._id))) continue
      cancelled++
      // Best effort: a holder who never accepted the notice (43101) does not stop the others' cancelling.
      if (booking.openid) await sendSessionNotice(booking, session, session.cancelReason ?? '民警临时有事', '预约已自动取消，请改约其他场次')
    }
  }
  return cancelled
}

/**
 * The `reminders` timer: each booking whose holder accepted a reminder gets one, `reminderLeadMs`
 * before the start. A booking is claimed (pending → sending) by a conditional update before its
 * message is sent, so overlapping or retried runs never send it twice.
 */
export async function sendDueReminders(firedAt: Date): Promise<{ sent: number; failed: number }> {
  const due = { status: 'booked', reminder: 'pending', startsAt: _.gt(firedAt).and(_.lte(new Date(firedAt.getTime() + reminderLeadMs()))) }
  let sent = 0
  let failed = 0
  for (;;) {
    const batch = await rows<BookingDoc>(db.collection('bookings').where(due).orderBy('startsAt', 'asc').limit(100).get())
    if (batch.length === 0) break
    const sessions = await sessionsById(batch.map((b) => b.sessionId))
    for (const booking of batch) {
      const claimed = await updatedCount(
        db
          .collection('bookings')
          .where({ _id: booking._id, reminder: 'pending' })
          .update({ data: { reminder: 'sending' } }),
      )
      if (claimed === 0) continue
      const session = sessions.get(booking.sessionId)
      // A refused or failed reminder is not retried: the acceptance is spent or was never given.
      const outcome = session && (await sendReminder(booking, session)) === 'sent' ? 'sent' : 'failed'
      if (outcome === 'sent') sent++
      else failed++
      await db
        .collection('bookings')
        .doc(booking._id)
        .update({ data: { reminder: outcome } })
    }
  }
  return { sent, failed }
}

/** Tells the asker and each seconder of a 相约 request its answer (best effort); the outcome. */
export function notifyRequestAnswered(
  touser: string,
  answered: { requestId: string; placeName: string; decision: string; reply: string; stationId?: string },
): Promise<SendOutcome> {
  return sendSubscribeMessage(
    {
      touser,
      templateId: templateIds().requestAnswered,
      page: messagePage('visits/requests/index', { requestId: answered.requestId }),
      data: {
        thing1: thing(answered.placeName),
        phrase2: { value: answered.decision === 'scheduled' ? '已安排' : '暂不安排' },
        thing3: thing(answered.reply),
      },
    },
    { stationId: answered.stationId },
  )
}
