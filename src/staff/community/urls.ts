/** The console's community pages (src/staff/community/), in one place. */
export const communityConsoleUrls = {
  reports: '/staff/community/reports',
  mediations: '/staff/community/mediations',
  notices: '/staff/community/notices',
  noticeEdit: (id?: string) => (id ? `/staff/community/notice-edit?id=${encodeURIComponent(id)}` : '/staff/community/notice-edit'),
  guides: '/staff/community/guides',
  guideEdit: (id?: string) => (id ? `/staff/community/guide-edit?id=${encodeURIComponent(id)}` : '/staff/community/guide-edit'),
  watchPoints: '/staff/community/watch-points',
  watchPointEdit: (id?: string) => (id ? `/staff/community/watch-point-edit?id=${encodeURIComponent(id)}` : '/staff/community/watch-point-edit'),
} as const
