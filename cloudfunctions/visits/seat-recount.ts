import { _, db } from '../_shared/cloud'
import { pageByKey } from '../_shared/paging'
import { updatedCount } from '../_shared/results'
import { type SessionDoc, SEAT_HOLDING } from './docs'
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
  let cursor: string | undefined
  do {
    const page = await pageByKey<SessionDoc>({
      collection: 'sessions',
      where: { status: 'published', startsAt: _.gt(now) },
      sortBy: 'startsAt',
      direction: 'asc',
      limit: PAGE,
      cursor,
    })
    for (const session of page.items) {
      if (new Date(session.updatedAt).getTime() > now.getTime() - QUIET_MS) continue
      checked++
      const { total } = (await db
        .collection('bookings')
        .where({ sessionId: session._id, status: _.in(SEAT_HOLDING) })
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
    cursor = page.nextCursor
  } while (cursor)
  return { checked, corrected }
}
