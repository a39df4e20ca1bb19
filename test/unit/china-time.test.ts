import { CHINA_TZ, chinaClock, chinaDate, chinaDayStart, chinaHour, lastChinaDays } from '../../cloudfunctions/_shared/china-time'
import { iso } from '../../cloudfunctions/visits/times'

/** China's calendar and clock for an instant, read from the tz database through Intl (whatever the machine's own zone). */
const tzFields = (() => {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: CHINA_TZ,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
  })
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  return (instant: number) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]))
    return { ...parts, weekday: weekdays.indexOf(parts.weekday ?? '') } as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> & {
      weekday: number
    }
  }
})()

/**
 * China's clock as a fixed UTC+8 gives exactly what the tz database gives for every instant since
 * China's last daylight saving ended in September 1991, on a machine in any time zone. (dayjs's own
 * tz() does not: on a machine whose zone keeps daylight saving it misreads the hour of the switch.)
 */
describe('China time', () => {
  let seed = 42
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const start = Date.UTC(1992, 0, 1)
  const end = Date.UTC(2040, 0, 1)
  const instants = Array.from({ length: 2000 }, () => start + Math.floor(random() * (end - start)))
  // Around China's midnight (16:00 UTC) and the turn of a year, minute by minute.
  for (let m = -90; m <= 90; m++) instants.push(Date.UTC(2026, 11, 1, 16, m), Date.UTC(2026, 11, 31, 16, m), Date.UTC(2028, 1, 28, 16, m))

  it('reads every instant as the tz database does: calendar, clock, weekday', () => {
    for (const instant of instants) {
      const f = tzFields(instant)
      expect(chinaClock(instant).format('YYYY-MM-DD HH:mm:ss')).toBe(`${f.year}-${f.month}-${f.day} ${f.hour}:${f.minute}:${f.second}`)
      expect(chinaDate(instant)).toBe(`${f.year}-${f.month}-${f.day}`)
      expect(chinaHour(instant)).toBe(`${f.year}-${f.month}-${f.day}T${f.hour}`)
      expect([chinaClock(instant).day(), chinaClock(instant).hour(), chinaClock(instant).minute()]).toEqual([f.weekday, Number(f.hour), Number(f.minute)])
    }
  })

  it('finds the start of China’s day and counts days back as the tz database does', () => {
    for (const instant of instants.slice(0, 300)) {
      const f = tzFields(instant)
      expect(chinaClock(instant).startOf('day').format('YYYY-MM-DD HH:mm:ss')).toBe(`${f.year}-${f.month}-${f.day} 00:00:00`)
      const midnight = Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day)) - 8 * 3600_000
      const weekAgo = tzFields(midnight - 6 * 86_400_000)
      expect(chinaClock(instant).startOf('day').subtract(6, 'day').format('YYYY-MM-DD')).toBe(`${weekAgo.year}-${weekAgo.month}-${weekAgo.day}`)
      // The day's first instant: its China midnight, and the instant before it is the day before.
      const start = chinaDayStart(`${f.year}-${f.month}-${f.day}`).getTime()
      expect(tzFields(start)).toMatchObject({ year: f.year, month: f.month, day: f.day, hour: '00', minute: '00', second: '00' })
      expect(tzFields(start - 1).hour).toBe('23')
    }
  })

  it('accepts dates and ISO strings; answers carry China time with its offset', () => {
    expect(chinaDate(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01')
    expect(chinaHour('2026-11-30T15:59:59Z')).toBe('2026-11-30T23')
    expect(iso(new Date('2026-12-01T01:00:00Z'))).toBe('2026-12-01T09:00:00+08:00')
    expect(iso(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01T00:00:00+08:00')
    expect(lastChinaDays(3, Date.UTC(2026, 11, 31, 16, 30))).toEqual(['2026-12-30', '2026-12-31', '2027-01-01'])
  })
})
