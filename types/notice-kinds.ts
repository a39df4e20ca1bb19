/**
 * The kinds of community notice and their labels. The home tab's notice rows show them, so they live
 * apart from the other community words (types/community-words.ts, which re-exports them) and only these
 * two labels reach the main package.
 */
export type NoticeKind = 'notice' | 'news'

export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = { notice: '社区公告', news: '警务动态' }
