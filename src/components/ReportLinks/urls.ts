/**
 * Every page of the resident community subpackage (src/community/), in one place: the home tab, the
 * plate card and 我的 link to them only through these.
 */
export const communityUrls = {
  watchPoints: '/community/watch-points/index',
  notices: (filter: { area?: string; stationId?: string } = {}) => {
    const query = Object.entries(filter)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
      .join('&')
    return query ? `/community/notices/index?${query}` : '/community/notices/index'
  },
  notice: (id: string) => `/community/notices/detail?id=${encodeURIComponent(id)}`,
  guides: '/community/guides/index',
  guide: (id: string) => `/community/guides/detail?id=${encodeURIComponent(id)}`,
  reportNew: (stationId?: string) => (stationId ? `/community/reports/new?stationId=${encodeURIComponent(stationId)}` : '/community/reports/new'),
  reportsMine: '/community/reports/mine',
  mediationNew: (stationId?: string) => (stationId ? `/community/mediation/new?stationId=${encodeURIComponent(stationId)}` : '/community/mediation/new'),
  mediationMine: '/community/mediation/mine',
  /** The 流动警务室 tab, where a guide's matter can be booked. */
  visits: '/pages/visits/index',
} as const
