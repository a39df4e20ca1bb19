/** The resident pages of the 流动警务室 (subpackage visits/): pages link to each other only through these. */
export const visitUrls = {
  tab: '/pages/visits/index',
  session: (sessionId: string) => `/visits/session?sessionId=${encodeURIComponent(sessionId)}`,
  book: (sessionId: string) => `/visits/book?sessionId=${encodeURIComponent(sessionId)}`,
  booking: (bookingId: string) => `/visits/booking?bookingId=${encodeURIComponent(bookingId)}`,
  mine: '/visits/mine',
  requests: '/visits/requests',
} as const
