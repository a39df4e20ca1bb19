import { _, db } from '../_shared/cloud'
import { rows } from '../_shared/results'
import { type BookingDoc, type SessionDoc, SEAT_HOLDING } from './docs'

/**
 * How long this instance answers a full session's bookings from memory. A seat freed in another
 * instance (a cancellation, a staff cancel, a capacity raised, a deleted account) is offered here
 * after at most this long; in this instance at once, since those paths forget the session (`forgetFull`).
 * CloudBase keeps warm instances between calls, so when 1,000 residents race for 50 seats, the 950
 * who lose are answered FULL without a database request.
 */
export const FULL_MEMO_MS = 3_000

interface FullSession {
  /** The session as read when it was full: its state still decides FULL or CLOSED (once started). */
  session: SessionDoc
  /** Who holds a seat (the unique index's `activeKey`): they are answered CONFLICT, as is true. */
  holders: ReadonlySet<string>
  until: number
}

const known = new Map<string, FullSession>()

/** A full session seen by this instance within the last `FULL_MEMO_MS`, or undefined. */
export function recallFull(sessionId: string, now = Date.now()): FullSession | undefined {
  const entry = known.get(sessionId)
  if (entry && entry.until > now) return entry
  if (entry) known.delete(sessionId)
  return undefined
}

/**
 * Remembers a session that a plain read found full, with the holders of its seats read once. While
 * it stays full, nobody can take a seat, so the holders cannot change but by a cancellation, and a
 * cancellation here forgets the session.
 */
export async function rememberFull(session: SessionDoc, now = Date.now()): Promise<void> {
  // A session has at most 500 seats (the contract's capacity), within the 1,000 rows one query may read.
  const seats = await rows<Pick<BookingDoc, 'activeKey'>>(
    db
      .collection('bookings')
      .where({ sessionId: session._id, status: _.in(SEAT_HOLDING) })
      .field({ activeKey: true })
      .limit(1000)
      .get(),
  )
  for (const [id, entry] of known) if (entry.until <= now) known.delete(id)
  known.set(session._id, { session, holders: new Set(seats.map((s) => s.activeKey)), until: now + FULL_MEMO_MS })
}

/** Called wherever this instance frees a seat or changes a session: its next booking reads afresh. */
export function forgetFull(sessionId: string): void {
  known.delete(sessionId)
}
