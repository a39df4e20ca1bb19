import { pageUrl } from '@/types/page-url'

/** The console's 流动警务室 pages (in the staff/ subpackage), built on the route table: they link to each other only through these. */
export const visitConsoleUrls = {
  sessions: pageUrl('staff/visits/index'),
  edit: (sessionId?: string) => pageUrl('staff/visits/edit', { sessionId }),
  /** 复制上一场: a new session, its form filled from an old one. */
  copy: (copyFrom: string) => pageUrl('staff/visits/edit', { copyFrom }),
  signSheet: (sessionId: string) => pageUrl('staff/visits/signsheet', { sessionId }),
  roster: (sessionId: string) => pageUrl('staff/visits/roster', { sessionId }),
  bookFor: (sessionId: string) => pageUrl('staff/visits/bookfor', { sessionId }),
  checkIn: pageUrl('staff/visits/checkin'),
  requests: pageUrl('staff/visits/requests'),
  outbox: pageUrl('staff/visits/outbox'),
} as const
