import { _, db } from '../_shared/cloud'
import { updatedCount } from '../_shared/results'

/** How long a phone number is kept once its report or mediation is over (PIPL: only while needed). */
export const CONTACT_KEPT_DAYS = 180

/**
 * Daily: forgets the phone numbers of reports and mediations finished more than CONTACT_KEPT_DAYS
 * ago, and drops yesterday's rate-limit counters. The records themselves stay, without the number.
 */
export async function forgetOldContacts(now: Date): Promise<{ reports: number; mediations: number; counters: number }> {
  const before = new Date(now.getTime() - CONTACT_KEPT_DAYS * 86400000)
  const reports = await updatedCount(
    db
      .collection('reports')
      .where({ status: _.in(['closed', 'rejected']), updatedAt: _.lt(before), contact: _.exists(true) })
      .update({ data: { contact: _.remove() } }),
  )
  const mediations = await updatedCount(
    db
      .collection('mediations')
      .where({ status: _.in(['resolved', 'withdrawn']), updatedAt: _.lt(before), contact: _.exists(true) })
      .update({ data: { contact: _.remove() } }),
  )
  const removed = (await db.collection('rateLimits').where({ expiresAt: _.lt(now) }).remove()) as unknown as { stats: { removed: number } }
  return { reports, mediations, counters: removed.stats.removed }
}
