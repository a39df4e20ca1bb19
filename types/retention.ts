/**
 * How long personal data is kept (days), unless the privacy function's environment says otherwise
 * (PRIVACY_BOOKING_DAYS, PRIVACY_CASE_DAYS, PRIVACY_AUDIT_DAYS). docs/PRIVACY.md explains each. No zod
 * here: the 隐私说明 page imports this without pulling the schemas into its package.
 */
export const RETENTION_DAYS = {
  /** Names and phones of bookings, counted from the session's start. */
  booking: 90,
  /** Contact details of closed reports and finished mediation requests, counted from the last change. */
  closedCase: 180,
  /** Lines of the audit log. */
  audit: 365,
} as const
