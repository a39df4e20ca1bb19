/**
 * Times are shown in China time (UTC+8 all year, no daylight saving), whatever the phone's own zone.
 * Small on purpose: the main package carries no date library.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

function chinaParts(instant: string) {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) return null
  const d = new Date(ms + CHINA_OFFSET_MS)
  return {
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: WEEKDAYS[d.getUTCDay()],
    time: `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`,
  }
}

/** A day as people read it, "12月1日 周二" (not a date key: that is chinaDate). */
export function chinaDayLabel(instant: string): string | null {
  const p = chinaParts(instant)
  return p ? `${p.month}月${p.day}日 ${p.weekday}` : null
}

/** The China calendar date of an instant (ISO string or ms), 2026-12-01: a key to group and compare by. */
export function chinaDate(instant: string | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant)
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** "09:00" */
export function chinaTime(instant: string): string | null {
  return chinaParts(instant)?.time ?? null
}

/** How many China calendar days lie between two instants (ms): 0 the same day, 1 the day before… */
export function chinaDaysBetween(earlierMs: number, laterMs: number): number {
  const day = (ms: number) => Math.floor((ms + CHINA_OFFSET_MS) / (24 * 60 * 60 * 1000))
  return Math.max(0, day(laterMs) - day(earlierMs))
}
