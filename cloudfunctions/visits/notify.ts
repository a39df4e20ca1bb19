import { _, db } from '../_shared/cloud'
import { sendSubscribeMessage } from '../_shared/openapi/subscribe-message'
import { rows, updatedCount } from '../_shared/results'
import type { BookingDoc, SessionDoc } from './docs'
import { releaseBooking } from './seats'
import { sessionsById } from './sessions'
import { iso, MINUTE } from './times'

/**
 * Subscribe-message templates, configured per deployment (the ids come from the mini-program's
 * 订阅消息 page). Locally they are placeholders and messages land in the outbox.
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

/** Template fields are short: `thing` values at most 20 characters. */
const thing = (text: string) => ({ value: Array.from(text).slice(0, 20).join('') })
const time = (date: Date) => ({ value: iso(date).slice(0, 16).replace('T', ' ') })

const bookingPage = (bookingId: string) => `visits/booking/index?bookingId=${bookingId}`

export async function sendReminder(booking: BookingDoc, session: SessionDoc): Promise<void> {
  if (!booking.openid) return
  await sendSubscribeMessage({
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
  })
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
      if (booking.openid) {
        await sendSubscribeMessage({
          touser: booking.openid,
          templateId: templateIds().cancelled,
          page: bookingPage(booking._id),
          data: {
            thing1: thing(session.title),
            time2: time(session.startsAt),
            thing3: thing(session.cancelReason ?? '民警临时有事'),
            thing4: thing('预约已自动取消，请改约其他场次'),
          },
        })
      }
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
        db.collection('bookings').where({ _id: booking._id, reminder: 'pending' }).update({ data: { reminder: 'sending' } }),
      )
      if (claimed === 0) continue
      const session = sessions.get(booking.sessionId)
      let outcome: 'sent' | 'failed' = 'sent'
      try {
        if (!session) throw new Error('session missing')
        await sendReminder(booking, session)
        sent++
      } catch (error) {
        // The user may have revoked the subscription; there is nothing to retry.
        console.warn('[visits.reminders] not sent', booking._id, (error as Error).message)
        outcome = 'failed'
        failed++
      }
      await db.collection('bookings').doc(booking._id).update({ data: { reminder: outcome } })
    }
  }
  return { sent, failed }
}

export async function notifyRequestAnswered(touser: string, requestId: string, placeName: string, decision: string, reply: string) {
  await sendSubscribeMessage({
    touser,
    templateId: templateIds().requestAnswered,
    page: `visits/requests/index?requestId=${requestId}`,
    data: {
      thing1: thing(placeName),
      phrase2: { value: decision === 'scheduled' ? '已安排' : '暂不安排' },
      thing3: thing(reply),
    },
  })
}
