/**
 * Where personal data lives, collection by collection: whose it is (the owner field), which fields are
 * personal, and what "delete my data" does with it. Records the police must keep (a report, a
 * mediation, a booking that happened) are anonymised: the owner and the personal fields go, the
 * record stays. Everything else of the person is removed. A new domain that stores personal data adds
 * a line here (test/trust checks every collection holding an `openid` field is listed).
 */
export interface PersonalCollection {
  collection: string
  /** The field holding the person's OPENID. */
  owner: string
  /** Personal fields erased on deletion (and by retention, where a rule says so). */
  personal: string[]
  onDelete: 'remove' | 'anonymise'
  /** Fields left out of an export: internal keys that mean nothing to the person. */
  internal?: string[]
}

export const PERSONAL_DATA: PersonalCollection[] = [
  { collection: 'bookings', owner: 'openid', personal: ['name', 'phone', 'note'], onDelete: 'anonymise', internal: ['activeKey'] },
  { collection: 'visitRequests', owner: 'openid', personal: [], onDelete: 'anonymise' },
  { collection: 'visitSeconds', owner: 'openid', personal: [], onDelete: 'remove' },
  { collection: 'reports', owner: 'openid', personal: ['contact', 'location'], onDelete: 'anonymise' },
  { collection: 'mediations', owner: 'openid', personal: ['contact', 'otherParty'], onDelete: 'anonymise' },
  { collection: 'quizzes', owner: 'openid', personal: [], onDelete: 'remove' },
  { collection: 'quizMistakes', owner: 'openid', personal: [], onDelete: 'remove' },
  // 留言 are the person's words to the police, not a record the police must keep: removed with the rest.
  { collection: 'messageThreads', owner: 'openid', personal: ['messages', 'lastText'], onDelete: 'remove', internal: ['openKey'] },
  { collection: 'outbox', owner: 'touser', personal: [], onDelete: 'remove' },
  // The local cloud's stand-in for WeChat's record of accepted subscribe-message templates.
  { collection: 'subscriptions', owner: 'openid', personal: [], onDelete: 'remove' },
]

/**
 * Collections whose records name a person but are kept as they are: the staff's own work records,
 * and the security records of abuse prevention — the audit log, and rate-limit counters (keyed by
 * OPENID or client address, gone when their window ends): deleting one's data must not reset one's
 * limits.
 */
export const NOT_PERSONAL = [
  'staff',
  'bindCodes',
  'auditLog',
  'rateLimits',
  'sessions',
  'officers',
  'fraudArticles',
  'fraudCases',
  'fraudQuestions',
  'fraudTips',
  'notices',
  'guides',
]
