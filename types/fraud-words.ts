/**
 * The fraud domain's plain constants: no zod here, so the app can import them without bundling the
 * schemas (types/fraud.ts builds its schemas from these).
 */
export { FRAUD_TYPE_LABELS, FRAUD_TYPES, type FraudType } from './fraud-types'

export const CONTENT_KINDS = ['article', 'case', 'question', 'tip'] as const
export type ContentKind = (typeof CONTENT_KINDS)[number]

export const CONTENT_STATUSES = ['draft', 'published', 'archived'] as const
export type ContentStatus = (typeof CONTENT_STATUSES)[number]

export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = { draft: '草稿', published: '已发布', archived: '已下架' }
export const CONTENT_KIND_LABELS: Record<ContentKind, string> = { article: '文章', case: '案例', question: '题目', tip: '每日提示' }

export const QUIZ_MIN = 5
export const QUIZ_MAX = 20
export const QUIZ_DEFAULT = 10
