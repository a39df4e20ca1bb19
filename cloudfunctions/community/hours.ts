import type { HoursRange, WatchHours } from '../../types/community'
import { chinaClock } from '../_shared/china-time'

const DAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

const minutes = (clock: string) => {
  // `HH:mm`, as the contract's schema admits only that.
  const [h = 0, m = 0] = clock.split(':').map(Number)
  return h * 60 + m
}

/** 1 = Monday … 7 = Sunday */
const previousDay = (day: number) => (day === 1 ? 7 : day - 1)

/** Whether a place with these hours is open at `now`, read on the clock in China. */
export function isOpenAt(hours: WatchHours, now: Date): boolean {
  if (hours.allDay) return true
  const china = chinaClock(now)
  const day = china.day() === 0 ? 7 : china.day()
  const t = china.hour() * 60 + china.minute()
  return hours.ranges.some((range) => {
    const open = minutes(range.open)
    const close = minutes(range.close)
    if (open === close) return range.days.includes(day)
    if (open < close) return range.days.includes(day) && t >= open && t < close
    // Past midnight: the evening of a listed day, or the small hours after one.
    return (range.days.includes(day) && t >= open) || (range.days.includes(previousDay(day)) && t < close)
  })
}

function daysText(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  if (sorted.length === 7) return '每天'
  const [first] = sorted
  const last = sorted.at(-1)
  // Distinct whole days in order are consecutive exactly when they span as many days as there are.
  const consecutive = first !== undefined && last !== undefined && last - first === sorted.length - 1
  if (consecutive && sorted.length >= 3) return `${DAY_NAMES[first]}至${DAY_NAMES[last]}`
  return sorted.map((d) => DAY_NAMES[d]).join('、')
}

function rangeText(range: HoursRange): string {
  const overnight = minutes(range.close) <= minutes(range.open) && range.open !== range.close
  return `${daysText(range.days)} ${range.open}–${overnight ? '次日' : ''}${range.close}`
}

/** e.g. 24 小时 / 周一至周五 08:00–22:00；周六、周日 09:00–18:00 */
export function hoursText(hours: WatchHours): string {
  return hours.allDay ? '24 小时' : hours.ranges.map(rangeText).join('；')
}
