/**
 * The community domain's words and small rules that the app shows: labels, category lists, the daily
 * report limit, phone masking. No zod here, so pages can import it without bundling the schemas.
 */
export { NOTICE_KIND_LABELS, type NoticeKind } from './notice-kinds'
export const REPORT_CATEGORIES = ['fraud', 'drugs', 'gambling', 'hazard', 'other'] as const
export type ReportCategory = (typeof REPORT_CATEGORIES)[number]
export type ReportStatus = 'submitted' | 'accepted' | 'closed' | 'rejected'
export const MEDIATION_CATEGORIES = ['neighbour', 'family', 'property', 'consumer', 'labour', 'other'] as const
export type MediationCategory = (typeof MEDIATION_CATEGORIES)[number]
export type MediationStatus = 'requested' | 'accepted' | 'scheduled' | 'resolved' | 'withdrawn'
export const GUIDE_CATEGORIES = ['户籍', '居住证', '身份证', '出入境', '证明'] as const
export const WATCH_SERVICES = ['避险', '报警', '求助', '宣传', '急救药箱', '充电', '饮水'] as const

export const REPORT_CATEGORY_LABELS: Record<ReportCategory, string> = {
  fraud: '电信网络诈骗',
  drugs: '涉毒',
  gambling: '涉赌',
  hazard: '安全隐患',
  other: '其他违法线索',
}

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  closed: '已办结',
  rejected: '未予受理',
}

/** At most this many reports per person per China day. */
export const REPORTS_PER_DAY = 5

/** At most this many mediation requests per person per China day. */
export const MEDIATIONS_PER_DAY = 3

export const MEDIATION_CATEGORY_LABELS: Record<MediationCategory, string> = {
  neighbour: '邻里纠纷',
  family: '家庭纠纷',
  property: '物业纠纷',
  consumer: '消费纠纷',
  labour: '劳务纠纷',
  other: '其他纠纷',
}

export const MEDIATION_STATUS_LABELS: Record<MediationStatus, string> = {
  requested: '已申请',
  accepted: '已受理',
  scheduled: '已约定调解',
  resolved: '调解完成',
  withdrawn: '已撤回',
}

/** A phone number as shown where the whole number is not needed: 138****1234. */
export function maskPhone(phoneNumber: string): string {
  const digits = phoneNumber.replace(/\D/g, '')
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  if (digits.length <= 5) return phoneNumber
  return `${digits.slice(0, 3)}****${digits.slice(-2)}`
}
