import { pageUrl } from '@/types/page-url'

/** The console's 留言 pages (staff/ subpackage), built on the route table. */
export const messageConsoleUrls = {
  inbox: pageUrl('staff/messages/index'),
  thread: (threadId: string) => pageUrl('staff/messages/thread', { threadId }),
} as const
