import { pageUrl } from '@/types/page-url'

/** The console's community pages (src/staff/community/), built on the route table. */
export const communityConsoleUrls = {
  reports: pageUrl('staff/community/reports'),
  mediations: pageUrl('staff/community/mediations'),
  notices: pageUrl('staff/community/notices'),
  noticeEdit: (id?: string) => pageUrl('staff/community/notice-edit', { id }),
  guides: pageUrl('staff/community/guides'),
  guideEdit: (id?: string) => pageUrl('staff/community/guide-edit', { id }),
  watchPoints: pageUrl('staff/community/watch-points'),
  watchPointEdit: (id?: string) => pageUrl('staff/community/watch-point-edit', { id }),
} as const
