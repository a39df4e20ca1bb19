import { distanceM } from '../../cloudfunctions/_shared/distance'
import { cellOf, cellsAround } from '../../cloudfunctions/community/geo'
import { hoursText, isOpenAt } from '../../cloudfunctions/community/hours'

const chinaTime = (iso: string) => new Date(`${iso}+08:00`)

describe('open now, in China time', () => {
  const weekdays = { allDay: false, ranges: [{ days: [1, 2, 3, 4, 5], open: '08:00', close: '22:00' }] }

  it('reads the clock in China although functions run in UTC', () => {
    // 2026-11-23 is a Monday. 07:30 in China is 23:30 UTC of the day before.
    expect(isOpenAt(weekdays, chinaTime('2026-11-23T07:59'))).toBe(false)
    expect(isOpenAt(weekdays, chinaTime('2026-11-23T08:00'))).toBe(true)
    expect(isOpenAt(weekdays, new Date('2026-11-23T01:00:00Z'))).toBe(true) // 09:00 in China
    expect(isOpenAt(weekdays, chinaTime('2026-11-23T22:00'))).toBe(false)
    expect(isOpenAt(weekdays, chinaTime('2026-11-29T12:00'))).toBe(false) // Sunday
  })

  it('follows hours past midnight into the next day', () => {
    const lateFriday = { allDay: false, ranges: [{ days: [5], open: '18:00', close: '02:00' }] }
    expect(isOpenAt(lateFriday, chinaTime('2026-11-27T23:00'))).toBe(true) // Friday night
    expect(isOpenAt(lateFriday, chinaTime('2026-11-28T01:30'))).toBe(true) // small hours of Saturday
    expect(isOpenAt(lateFriday, chinaTime('2026-11-28T02:30'))).toBe(false)
    expect(isOpenAt(lateFriday, chinaTime('2026-11-27T01:30'))).toBe(false) // Thursday night was not open
  })

  it('is always open when open all day', () => {
    expect(isOpenAt({ allDay: true, ranges: [] }, chinaTime('2026-11-29T03:00'))).toBe(true)
  })

  it('describes hours in plain words', () => {
    expect(hoursText({ allDay: true, ranges: [] })).toBe('24 小时')
    expect(hoursText(weekdays)).toBe('周一至周五 08:00–22:00')
    expect(hoursText({ allDay: false, ranges: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '18:00', close: '02:00' }] })).toBe('每天 18:00–次日02:00')
    expect(hoursText({ allDay: false, ranges: [{ days: [6, 7], open: '09:00', close: '12:00' }] })).toBe('周六、周日 09:00–12:00')
  })
})

describe('grid cells for nearby searches', () => {
  it('covers every point within the radius', () => {
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 2000; i++) {
      const centre = { lat: -60 + random() * 120, lng: -179 + random() * 358 }
      const radiusKm = 0.1 + random() * 19.9
      const cells = new Set(cellsAround(centre.lat, centre.lng, radiusKm))
      const bearing = random() * 2 * Math.PI
      const km = random() * radiusKm
      const p = {
        lat: centre.lat + (km / 111.32) * Math.cos(bearing),
        lng: centre.lng + (km / (111.32 * Math.cos((centre.lat * Math.PI) / 180))) * Math.sin(bearing),
      }
      if (distanceM(centre, p) > radiusKm * 1000) continue
      expect(cells.has(cellOf(p.lat, p.lng))).toBe(true)
    }
  })

  it('asks for a few dozen cells at most, even at 20 km', () => {
    expect(cellsAround(36.06, 103.83, 20).length).toBeLessThanOrEqual(42)
    expect(cellsAround(36.06, 103.83, 3).length).toBeLessThanOrEqual(9)
  })
})
