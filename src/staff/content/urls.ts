import type { ContentKind } from '@/types/fraud-words'
import { pageUrl } from '@/types/page-url'

/** The 反诈 content pages of the console, built on the route table. */
export const contentUrls = {
  list: pageUrl('staff/content/index'),
  edit: (kind: ContentKind, id?: string) => pageUrl('staff/content/edit', { kind, id }),
} as const
