import { RETENTION_DAYS } from '../../types/privacy'
import { MEDIATION_FLOW, REPORT_FLOW, type TicketFlow } from '../../types/tickets'
import { _, db } from '../_shared/cloud'
import { purgeExpiredRateLimits } from '../_shared/rate-limit'
import { updatedCount } from '../_shared/results'

const DAY_MS = 24 * 3600 * 1000

/** A retention period in days: the function's environment may shorten or lengthen the default. */
export function retentionDays(kind: keyof typeof RETENTION_DAYS, env = process.env): number {
  const name = { booking: 'PRIVACY_BOOKING_DAYS', closedCase: 'PRIVACY_CASE_DAYS', audit: 'PRIVACY_AUDIT_DAYS' }[kind]
  const value = Number(env[name])
  return Number.isFinite(value) && value >= 0 && env[name] !== '' && env[name] !== undefined ? value : RETENTION_DAYS[kind]
}

const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS)

/** Erases the personal fields (the flow's `forgotten`) of tickets finished and unchanged since `cutoff`. */
async function forgetFinished(flow: TicketFlow, cutoff: Date, now: Date): Promise<number> {
  const erase: Record<string, unknown> = { erasedAt: now }
  for (const field of flow.forgotten) erase[field] = _.remove()
  return updatedCount(
    db
      .collection(flow.collection)
      .where(_.and([{ status: _.in([...flow.finished]), updatedAt: _.lt(cutoff) }, _.or(flow.forgotten.map((field) => ({ [field]: _.exists(true) })))]))
      .update({ data: erase }),
  )
}

/**
 * The daily retention timer, the only one: every period of docs/PRIVACY.md is applied here, each read
 * from `retentionDays`. Personal fields whose purpose is over are erased in place (the record stays
 * for the statistics and the police's files); counters and audit lines past their period go.
 */
export async function applyRetention(now: Date) {
  const bookingCutoff = before(now, retentionDays('booking'))
  const bookings = await updatedCount(
    db
      .collection('bookings')
      .where(_.and([{ startsAt: _.lt(bookingCutoff) }, _.or([{ name: _.exists(true) }, { phone: _.exists(true) }, { note: _.exists(true) }])]))
      .update({ data: { name: _.remove(), phone: _.remove(), note: _.remove(), erasedAt: now } }),
  )

  // Every kind of ticket the same way: its personal fields go once it has been finished that long.
  const caseCutoff = before(now, retentionDays('closedCase'))
  const [reports, mediations] = await Promise.all([forgetFinished(REPORT_FLOW, caseCutoff, now), forgetFinished(MEDIATION_FLOW, caseCutoff, now)])

  const audit = (
    (await db
      .collection('auditLog')
      .where({ at: _.lt(before(now, retentionDays('audit'))) })
      .remove()) as unknown as { stats: { removed: number } }
  ).stats.removed
  const rateLimits = await purgeExpiredRateLimits(now)
  return { bookings, reports, mediations, audit, rateLimits }
}
