import { DEMO_OFFICER_OPENID } from '../../local/demo/people'
import { startTestCloud, type TestCloud } from './harness'

/**
 * `npm start`'s demo: the 扫码统计 page has months of scans to show, a plate nobody scans, and the
 * plates' counters agree with their day totals.
 */
let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ demo: true })
})
afterAll(() => t.close())

describe('the demo scan history', () => {
  it('fills every statistics window and names the plate nobody scanned', async () => {
    const officer = t.as(DEMO_OFFICER_OPENID)
    const month = await officer.ok('plates', 'stats', { days: 30 })
    expect(month.perDay).toHaveLength(30)
    expect(month.perDay.filter((d) => d.scans > 0).length).toBeGreaterThanOrEqual(29)
    expect(month.perPlate.length).toBeGreaterThanOrEqual(8)
    expect(month.stale.map((p) => p.label)).toEqual(['白塔山公园北门'])
    // The retired plates stopped being scanned before the last month, but not before the last 90 days.
    const quarter = await officer.ok('plates', 'stats', { days: 90 })
    expect(quarter.perPlate.length).toBeGreaterThan(month.perPlate.length)

    const plate = month.perPlate[0]!
    const { items } = await officer.ok('plates', 'list', { limit: 50 })
    const counted = items.find((p) => p.code === plate.code)
    const ninety = quarter.perPlate.find((p) => p.code === plate.code)!
    expect(counted?.scans).toBeGreaterThanOrEqual(ninety.scans)
  })
})
