import { pageUrl } from '../../types/page-url'

/** The 留言 pages residents open (subpackage messages/), built on the route table. */
export const messageUrls = {
  write: (plateCode: string) => pageUrl('messages/write/index', { code: plateCode }),
  thread: (threadId: string) => pageUrl('messages/thread/index', { threadId }),
  mine: pageUrl('messages/mine/index'),
} as const
