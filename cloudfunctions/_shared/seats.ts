import { _, db } from '../_shared/cloud'
import { updatedCount } from '../_shared/results'

/**
 * Cancels one booking still holding a seat and gives the seat back, outside a transaction: the
 * conditional update lets exactly one caller switch it, so running this again (after a crash, or
 * from two places) never frees the same seat twice. Answers whether this call switched it. `by`
 * records a cancelling by staff (staffCancel): why, and who.
 */
export async function releaseBooking(bookingId: string, sessionId: string, by?: { cancelReason: string; cancelledBy: string }): Promise<boolean> {
  const now = new Date()
  const switched = await updatedCount(
    db
      .collection('bookings')
      .where({ _id: bookingId, status: 'booked' })
      .update({ data: { status: 'cancelled', activeKey: `cancelled-${bookingId}`, cancelledAt: now, updatedAt: now, ...by } }),
  )
  if (switched === 0) return false
  await db
    .collection('sessions')
    .doc(sessionId)
    .update({ data: { booked: _.inc(-1), updatedAt: now } })
  return true
}
