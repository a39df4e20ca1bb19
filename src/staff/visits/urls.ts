/** The console's 流动警务室 pages (in the staff/ subpackage): they link to each other only through these. */
export const visitConsoleUrls = {
  sessions: '/staff/visits/index',
  edit: (sessionId?: string) => (sessionId ? `/staff/visits/edit?sessionId=${encodeURIComponent(sessionId)}` : '/staff/visits/edit'),
  roster: (sessionId: string) => `/staff/visits/roster?sessionId=${encodeURIComponent(sessionId)}`,
  bookFor: (sessionId: string) => `/staff/visits/bookfor?sessionId=${encodeURIComponent(sessionId)}`,
  checkIn: '/staff/visits/checkin',
  requests: '/staff/visits/requests',
  outbox: '/staff/visits/outbox',
} as const
