import { _, db } from '../_shared/cloud'
import { rows } from '../_shared/results'
import type { BookingDoc, SessionDoc } from './docs'
import { expectedArrival } from './times'

/** Every booking of a session in queue order (at most capacity plus its cancellations). */
export async function bookingsInQueueOrder(sessionId: string): Promise<BookingDoc[]> {
  const all: BookingDoc[] = []
  let after = 0
  for (;;) {
    const batch = await rows<BookingDoc>(
      db
        .collection('bookings')
        .where({ sessionId, queueNo: _.gt(after) })
        .orderBy('queueNo', 'asc')
        .limit(500)
        .get(),
    )
    all.push(...batch)
    const last = batch.at(-1)
    if (!last || batch.length < 500) return all
    after = last.queueNo
  }
}

/** Writes at a time: enough to be quick for a full session of 500, few enough not to crowd the database. */
const PARALLEL_WRITES = 20

/**
 * Gives every booking still waiting a new expected time after the session's start, end or capacity
 * changed: the queue, in queue order and without the cancelled places, spread over the new window.
 * A later booking's time comes from its queue number, never smaller than a place here, so the times
 * stay in queue order. Also moves each booking's copy of the start (the reminder timer reads it).
 * Answers how many bookings were re-timed.
 */
export async function retimeBookings(session: SessionDoc): Promise<number> {
  const queue = (await bookingsInQueueOrder(session._id)).filter((b) => b.status !== 'cancelled')
  const now = new Date()
  const changes = queue
    .map((booking, index) => ({ booking, expectedAt: expectedArrival(session.startsAt, session.endsAt, session.capacity, index + 1) }))
    .filter(
      ({ booking, expectedAt }) =>
        booking.status === 'booked' && (booking.expectedAt.getTime() !== expectedAt.getTime() || booking.startsAt.getTime() !== session.startsAt.getTime()),
    )
  for (let i = 0; i < changes.length; i += PARALLEL_WRITES) {
    await Promise.all(
      changes.slice(i, i + PARALLEL_WRITES).map(({ booking, expectedAt }) =>
        // Only a booking still waiting: one checked in or cancelled meanwhile keeps what it has.
        db
          .collection('bookings')
          .where({ _id: booking._id, status: 'booked' })
          .update({ data: { expectedAt, startsAt: session.startsAt, updatedAt: now } }),
      ),
    )
  }
  return changes.length
}
