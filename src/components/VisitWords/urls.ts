import { pageUrl } from '@/types/page-url'

/** The resident pages of the 流动警务室 (subpackage visits/), built on the route table: pages link to each other only through these. */
export const visitUrls = {
  tab: pageUrl('pages/visits/index'),
  session: (sessionId: string) => pageUrl('visits/session/index', { sessionId }),
  book: (sessionId: string) => pageUrl('visits/book/index', { sessionId }),
  /** `fresh` marks the page opened right after booking. */
  booking: (bookingId: string, options: { fresh?: boolean } = {}) => pageUrl('visits/booking/index', { bookingId, fresh: options.fresh ? 1 : undefined }),
  mine: pageUrl('visits/mine/index'),
  requests: pageUrl('visits/requests/index'),
} as const
