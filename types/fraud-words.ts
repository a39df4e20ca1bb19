/**
 * The fraud domain's plain constants: no zod here, so the app can import them without bundling the
 * schemas (types/fraud.ts builds its schemas from these).
 */
export const FRAUD_TYPES = ['rebate', 'investment', 'loan', 'customerService', 'police', 'romance', 'shopping', 'gaming', 'boss', 'credit'] as const
export type FraudType = (typeof FRAUD_TYPES)[number]

/** The name residents read for each type. */
export const FRAUD_TYPE_LABELS: Record<FraudType, string> = {
  rebate: '刷单返利',
  investment: '虚假网络投资理财',
  loan: '虚假网络贷款',
  customerService: '冒充电商物流客服',
  police: '冒充公检法',
  romance: '网络交友“杀猪盘”',
  shopping: '虚假购物服务',
  gaming: '网络游戏虚假交易',
  boss: '冒充领导熟人',
  credit: '虚假征信',
}

export const CONTENT_KINDS = ['article', 'case', 'question', 'tip'] as const
export type ContentKind = (typeof CONTENT_KINDS)[number]

export const CONTENT_STATUSES = ['draft', 'published', 'archived'] as const
export type ContentStatus = (typeof CONTENT_STATUSES)[number]

export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = { draft: '草稿', published: '已发布', archived: '已下架' }
export const CONTENT_KIND_LABELS: Record<ContentKind, string> = { article: '文章', case: '案例', question: '题目', tip: '每日提示' }

export const QUIZ_MIN = 5
export const QUIZ_MAX = 20
export const QUIZ_DEFAULT = 10
