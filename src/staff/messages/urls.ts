/** The console's 留言 pages (staff/ subpackage). */
export const messageConsoleUrls = {
  inbox: '/staff/messages/index',
  thread: (threadId: string) => `/staff/messages/thread?threadId=${encodeURIComponent(threadId)}`,
} as const
