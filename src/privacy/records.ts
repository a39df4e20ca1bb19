/** Names residents know for the kinds of records the privacy function exports and deletes. */
export const RECORD_LABELS: Record<string, string> = {
  bookings: '流动警务室预约',
  visitRequests: '相约上门的请求',
  visitSeconds: '附议邻居的请求',
  reports: '举报线索',
  mediations: '调解申请',
  quizzes: '反诈测验',
  quizMistakes: '错题本',
  outbox: '消息提醒',
  messageThreads: '给民警的留言',
  subscriptions: '订阅的消息提醒',
}

/** A collection's name is never shown: one the app has no words for is counted as 其他记录. */
export const recordLabel = (collection: string) => RECORD_LABELS[collection] ?? '其他记录'

/** "预约 2 条，举报线索 1 条" — the kinds with at least one record. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([collection, n]) => `${recordLabel(collection)} ${n} 条`)
  return parts.length > 0 ? parts.join('，') : '没有记录'
}
