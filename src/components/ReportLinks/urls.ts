import { pageUrl } from '@/types/page-url'

/**
 * Every page of the resident community subpackage (src/community/), built on the route table: the
 * home tab, the plate card and 我的 link to them only through these.
 */
export const communityUrls = {
  watchPoints: pageUrl('community/watch-points/index'),
  notices: (filter: { area?: string; stationId?: string } = {}) => pageUrl('community/notices/index', filter),
  notice: (id: string) => pageUrl('community/notices/detail', { id }),
  guides: pageUrl('community/guides/index'),
  guide: (id: string) => pageUrl('community/guides/detail', { id }),
  reportNew: (stationId?: string) => pageUrl('community/reports/new', { stationId }),
  reportsMine: pageUrl('community/reports/mine'),
  mediationNew: (stationId?: string) => pageUrl('community/mediation/new', { stationId }),
  mediationMine: pageUrl('community/mediation/mine'),
  /** The 流动警务室 tab, where a guide's matter can be booked. */
  visits: pageUrl('pages/visits/index'),
} as const
