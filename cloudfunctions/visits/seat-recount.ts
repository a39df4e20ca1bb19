import { _, db } from '../_shared/cloud'
import { rows, updatedCount } from '../_shared/results'
import type { SessionDoc } from './docs'
import { forgetFull } from './full-sessions'

/** Longer than any call of this function can run (config.json `timeout`, 20 s), with room to spare. */
const QUIET_MS = 120_000
/** Sessions are read in pages of this many; every upcoming one is looked at once a run. */
const PAGE = 100

/**
 * The timer that gives back seats nobody holds. A booking claims its seat on the session first and
 * writes the booking second (see takeSeat): a function stopped between the two (a timeout, a crash
 * of its instance) leaves `booked` one above the bookings that hold seats. Never oversold, but a seat
 * unsold for good. Each run counts the bookings of every upcoming session whose last change is older
 * than any call still in flight, and sets `booked` to that count only if the session is still as read
 * (same next queue number and `updatedAt`): a claim made meanwhile makes the recount wait for the next run.
 */
export async function recountSeats(now = new Date()): Promise<{ checked: number; corrected: number }> {
  let checked = 0
  let corrected = 0
  let after: Date | undefined
  let afterId = ''
  for (;;) {
    const upcoming = { status: 'published', startsAt: _.gt(now) }
    const where = after ? _.and([upcoming, _.or([{ startsAt: _.gt(after) }, { startsAt: _.eq(after), _id: _.gt(afterId) }])]) : upcoming
    const page = await rows<SessionDoc>(db.collection('sessions').where(where).orderBy('startsAt', 'asc').orderBy('_id', 'asc').limit(PAGE).get())
    for (const session of page) {
      if (new Date(session.updatedAt).getTime() > now.getTime() - QUIET_MS) continue
      checked++
      const { total } = (await db
        .collection('bookings')
        .where({ sessionId: session._id, status: _.in(['booked', 'attended']) })
        .count()) as { total: number }
      if (total === session.booked) continue
      const fixed = await updatedCount(
        db
          .collection('sessions')
          .where({ _id: session._id, nextQueueNo: session.nextQueueNo, booked: session.booked, updatedAt: session.updatedAt })
          .update({ data: { booked: total } }),
      )
      if (fixed === 1) {
        corrected++
        forgetFull(session._id)
      }
    }
    const last = page[page.length - 1]
    if (page.length < PAGE || !last) return { checked, corrected }
    after = last.startsAt
    afterId = last._id
  }
}
