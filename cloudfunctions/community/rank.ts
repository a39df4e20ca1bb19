/** Sorting by this, highest first, puts pinned notices first and the newest first within each. */
export const noticeRank = (pinned: boolean, publishedAt: Date) => `${pinned ? 1 : 0}|${publishedAt.toISOString()}`
