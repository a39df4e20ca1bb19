/** The national emergency numbers, shown on every plate card and on the home tab. */
export const EMERGENCY_NUMBERS = [
  { number: '110', label: '报警' },
  { number: '119', label: '火警' },
  { number: '120', label: '急救' },
  { number: '122', label: '交通事故' },
] as const

/** The national anti-fraud hotline (国家反诈中心). */
export const FRAUD_HOTLINE = { number: '96110', label: '反诈专线' } as const

export const NOT_AN_EMERGENCY_CHANNEL = '本程序不是报警渠道。紧急情况请直接拨打 110。'
/** The same notice short enough for one line beside the 110 button, in 大字模式 too. */
export const NOT_AN_EMERGENCY_SHORT = '本程序不是报警渠道'

/**
 * A number the police can call a resident back on: a mobile (1[3-9] and 9 more digits) or a landline
 * with its area code, as people write it (0931-8123456, or without the dash). Short numbers such as
 * 12345 or 110 are services, not a person's contact.
 */
export const CONTACT_PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
export const CONTACT_PHONE_PROBLEM = '请填写手机号（11 位）或带区号的座机号，例如 0931-8123456'

/** The number as typed, with the spaces people put between groups of digits taken out. */
export const normalisePhone = (typed: string) => typed.trim().replace(/[\s\u3000]+/g, '')

export const isContactPhone = (typed: string) => CONTACT_PHONE_PATTERN.test(normalisePhone(typed))
