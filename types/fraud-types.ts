/**
 * The fraud types and the names residents read for them. The 反诈 tab draws them, so they live apart
 * from the fraud domain's other constants (types/fraud-words.ts, which re-exports them) and only these
 * reach the main package.
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
