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
