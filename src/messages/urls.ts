/** The 留言 pages residents open (subpackage messages/), in one place. */
const q = encodeURIComponent

export const messageUrls = {
  write: (plateCode: string) => `/messages/write/index?code=${q(plateCode)}`,
  thread: (threadId: string) => `/messages/thread/index?threadId=${q(threadId)}`,
  mine: '/messages/mine/index',
} as const
