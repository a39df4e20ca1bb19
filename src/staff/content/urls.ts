import type { ContentKind } from '../../../types/fraud-words'

/** The 反诈 content pages of the console. */
export const contentUrls = {
  list: '/staff/content/index',
  edit: (kind: ContentKind, id?: string) => `/staff/content/edit?kind=${kind}${id ? `&id=${encodeURIComponent(id)}` : ''}`,
} as const
