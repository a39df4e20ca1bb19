import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/**
 * Calendar days and hours as people in China see them. Functions run in UTC; instants are stored as
 * UTC dates; anything about "today" or "this hour" goes through here.
 */
export const CHINA_TZ = 'Asia/Shanghai'

export const inChina = (instant: Date | string | number) => dayjs(instant).tz(CHINA_TZ)

/**
 * The China calendar fields of an instant, from one formatter made once. dayjs's `tz()` builds a new
 * Intl formatter on every call, about a tenth of a plate lookup's time in a worker (profiled); the day
 * and the hour are on every scan's path, so they skip it. Same time zone database, same answers
 * (test/unit/china-time.test.ts compares them).
 */
const chinaFields = new Intl.DateTimeFormat('en-US', {
  timeZone: CHINA_TZ,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
})

function chinaParts(instant: Date | string | number): Record<'year' | 'month' | 'day' | 'hour', string> {
  const parts = { year: '', month: '', day: '', hour: '' }
  for (const { type, value } of chinaFields.formatToParts(dayjs(instant).toDate())) if (type in parts) parts[type as keyof typeof parts] = value
  return parts
}

/** The China calendar date of an instant, e.g. 2026-12-01: a key to store and compare (the app shows days with chinaDayLabel). */
export const chinaDate = (instant: Date | string | number = Date.now()) => {
  const { year, month, day } = chinaParts(instant)
  return `${year}-${month}-${day}`
}

/** e.g. 2026-12-01T09 */
export const chinaHour = (instant: Date | string | number = Date.now()) => {
  const { year, month, day, hour } = chinaParts(instant)
  return `${year}-${month}-${day}T${hour}`
}

/** The China calendar days from `days - 1` days ago to today, oldest first. */
export function lastChinaDays(days: number, now: Date | number = Date.now()): string[] {
  const today = inChina(now).startOf('day')
  return Array.from({ length: days }, (_, i) => today.subtract(days - 1 - i, 'day').format('YYYY-MM-DD'))
}

export { dayjs }
