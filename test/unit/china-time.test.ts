import { chinaDate, chinaHour, inChina } from '../../cloudfunctions/_shared/china-time'

/** The fast day and hour give exactly what dayjs's time zone plugin gives, DST years included. */
describe('China calendar day and hour', () => {
  it('agree with dayjs tz for instants from 1985 to 2035, across China’s DST years and midnights', () => {
    const start = Date.UTC(1985, 0, 1)
    const end = Date.UTC(2035, 0, 1)
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const instants = Array.from({ length: 2000 }, () => start + Math.floor(random() * (end - start)))
    // Around China's midnight (16:00 UTC) and the 1986–1991 DST switches, minute by minute.
    for (let m = -90; m <= 90; m++) instants.push(Date.UTC(2026, 11, 1, 16, m), Date.UTC(1988, 3, 9, 18, m), Date.UTC(1990, 8, 15, 17, m))
    for (const instant of instants) {
      expect(chinaDate(instant)).toBe(inChina(instant).format('YYYY-MM-DD'))
      expect(chinaHour(instant)).toBe(inChina(instant).format('YYYY-MM-DDTHH'))
    }
  })

  it('accepts dates and ISO strings as before', () => {
    expect(chinaDate(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01')
    expect(chinaHour('2026-11-30T15:59:59Z')).toBe('2026-11-30T23')
  })
})
