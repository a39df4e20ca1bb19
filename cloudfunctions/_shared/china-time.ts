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

/** e.g. 2026-12-01 */
export const chinaDay = (instant: Date | string | number = Date.now()) => inChina(instant).format('YYYY-MM-DD')

/** e.g. 2026-12-01T09 */
export const chinaHour = (instant: Date | string | number = Date.now()) => inChina(instant).format('YYYY-MM-DDTHH')

/** The China calendar days from `days - 1` days ago to today, oldest first. */
export function lastChinaDays(days: number, now: Date | number = Date.now()): string[] {
  const today = inChina(now).startOf('day')
  return Array.from({ length: days }, (_, i) => today.subtract(days - 1 - i, 'day').format('YYYY-MM-DD'))
}

export { dayjs }
