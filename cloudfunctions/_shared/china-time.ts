import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * Calendar days and hours as people in China see them. Functions run in UTC; instants are stored as
 * UTC dates; anything about "today" or "this hour" goes through here.
 */
export const CHINA_TZ = 'Asia/Shanghai'

/** China's clock is UTC+8 all year: no daylight saving since 1991. */
const CHINA_UTC_OFFSET_HOURS = 8

/**
 * China's calendar and clock at an instant, for reading its fields (day(), hour()) and formatting
 * them: the instant in UTC, moved on by China's fixed offset (the app's src/time/china.ts reads it the
 * same way). It is not the instant itself: never take
 * its valueOf() or toDate(), nor format its offset (Z). Rather than dayjs's tz(CHINA_TZ), which
 * builds an Intl formatter on every call (about 0.15 ms against 0.01 ms, and every instant of every
 * answer goes through `iso`), and which misreads the hour a machine's own zone switches to or from
 * daylight saving (test/unit/china-time.test.ts).
 */
export const chinaClock = (instant: Date | string | number) => dayjs(instant).utc().add(CHINA_UTC_OFFSET_HOURS, 'hour')

/** The instant a China calendar day starts (`2026-12-01` → 2026-11-30T16:00Z): its midnight at UTC+8. */
export const chinaDayStart = (day: string): Date => dayjs.utc(day).subtract(CHINA_UTC_OFFSET_HOURS, 'hour').toDate()

/** The China calendar date of an instant, e.g. 2026-12-01: a key to store and compare (the app shows days with chinaDayLabel). */
export const chinaDate = (instant: Date | string | number = Date.now()) => chinaClock(instant).format('YYYY-MM-DD')

/** e.g. 2026-12-01T09 */
export const chinaHour = (instant: Date | string | number = Date.now()) => chinaClock(instant).format('YYYY-MM-DDTHH')

/** The China calendar days from `days - 1` days ago to today, oldest first. */
export function lastChinaDays(days: number, now: Date | number = Date.now()): string[] {
  const today = chinaClock(now).startOf('day')
  return Array.from({ length: days }, (_, i) => today.subtract(days - 1 - i, 'day').format('YYYY-MM-DD'))
}

export { dayjs }
