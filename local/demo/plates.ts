import { chinaDate, chinaClock } from '../../cloudfunctions/_shared/china-time'
import { checkCharacter } from '../../types/plate-code'
import type { LocalDatabase } from '../db'
import { DEMO_PLATE_CODE, DEMO_STATION_ID } from './people'

interface DemoPlate {
  body: string
  kind: 'plate' | 'stamp'
  label: string
  address: string
  area: string
  retired?: string
  /** Scans on a usual weekday over the demo's history: the 扫码统计 page has something to show. */
  daily: number
}

/** A dozen plates and stamps around 城关派出所; codes are fixed so the printed demo link always works. */
const PLATES: DemoPlate[] = [
  { body: DEMO_PLATE_CODE.slice(0, 7), daily: 4, kind: 'plate', label: '南关社区 3 号楼单元门', address: '南关什字 3 号楼', area: '南关社区' },
  { body: 'NGSQ235', daily: 8, kind: 'plate', label: '南关农贸市场东门', address: '南关农贸市场', area: '南关社区' },
  { body: 'NGSQ236', daily: 3, kind: 'plate', label: '南关小学门口', address: '南关什字 18 号', area: '南关社区' },
  { body: 'NGSQ237', daily: 1, kind: 'stamp', label: '南关社区户口簿联系章', address: '南关社区居委会', area: '南关社区' },
  { body: 'MZXQ238', daily: 2, kind: 'plate', label: '民主西路 12 号院大门', address: '民主西路 12 号', area: '民主西路社区' },
  { body: 'MZXQ239', daily: 1, kind: 'plate', label: '民主西路建筑工地', address: '民主西路与酒泉路口', area: '民主西路社区' },
  { body: 'MZXQ23A', daily: 1, kind: 'stamp', label: '民主西路社区户口簿联系章', address: '民主西路社区居委会', area: '民主西路社区' },
  { body: 'ZYRD23B', daily: 6, kind: 'plate', label: '张掖路步行街中段', address: '张掖路步行街', area: '张掖路社区' },
  { body: 'ZYRD23C', daily: 2, kind: 'plate', label: '张掖路 24 小时便利店', address: '张掖路 66 号', area: '张掖路社区' },
  { body: 'ZYRD23D', daily: 1, kind: 'stamp', label: '张掖路社区户口簿联系章', address: '张掖路社区居委会', area: '张掖路社区' },
  { body: 'BTSQ23E', daily: 0, kind: 'plate', label: '白塔山公园北门', address: '白塔山公园', area: '白塔山社区' },
  { body: 'BTSQ23F', daily: 0, kind: 'plate', label: '白塔山旧小区（已拆除）', address: '白塔山路 9 号', area: '白塔山社区', retired: '小区拆迁，牌子已收回' },
  // Retired where the area still has its officer: the card says why and still shows 王建国.
  {
    body: 'NGSQ23G',
    daily: 2,
    kind: 'plate',
    label: '南关旧菜市场北门（已搬迁）',
    address: '南关什字 40 号',
    area: '南关社区',
    retired: '菜市场已搬到南关农贸市场，请扫新市场门口的牌子',
  },
]

const codeOf = (body: string) => body + checkCharacter(body)

const DAY_MS = 86_400_000
/** How long the demo plates have hung: longer than the statistics' longest window, so 无人扫码 can show. */
const HISTORY_DAYS = 120

/**
 * Per-day scan totals as the hourly timer leaves them (plateScanDays), for the days before today:
 * each plate its usual count, more at weekends, varied by a fixed pattern so two starts show the same.
 * 白塔山公园北门 has none, so the page has a plate nobody scans; retired plates stopped 40 days ago.
 */
function scanHistory(now: Date) {
  return PLATES.flatMap((p, i) =>
    Array.from({ length: HISTORY_DAYS }, (_, back) => {
      const at = new Date(now.getTime() - (back + 1) * DAY_MS)
      const weekend = [0, 6].includes(chinaClock(at).day())
      const stopped = p.retired !== undefined && back < 40
      const scans = p.daily === 0 || stopped ? 0 : Math.max(0, p.daily + ((i * 31 + back * 17) % 5) - 2 + (weekend ? Math.ceil(p.daily / 2) : 0))
      return { code: codeOf(p.body), day: chinaDate(at), scans }
    }).filter((d) => d.scans > 0),
  )
}

/** Demo codes the tests and the README open: a 户口簿 stamp, and a retired plate of an area with an officer. */
export const DEMO_STAMP_CODE = codeOf('NGSQ237')
export const DEMO_RETIRED_CODE = codeOf('NGSQ23G')

export async function loadPlatesDemo(db: LocalDatabase) {
  const snapshot = db.snapshot()
  const station = (snapshot.stations as Record<string, unknown>[]).find((s) => s._id === DEMO_STATION_ID)!
  const areas = snapshot.areas as { _id: string; officerId: string | null }[]
  const officers = snapshot.officers as Record<string, string>[]
  const stationCard = { stationId: station._id, name: station.name, address: station.address, phone: station.phone, location: station.location }
  const now = new Date()
  const hung = new Date(now.getTime() - HISTORY_DAYS * DAY_MS)
  const history = scanHistory(now)
  const total = (code: string) => history.filter((d) => d.code === code).reduce((sum, d) => sum + d.scans, 0)
  await db.insertMany(
    'plates',
    PLATES.map((p) => {
      const officerId = areas.find((a) => a._id === p.area)?.officerId
      const o = officers.find((x) => x._id === officerId)
      const officer = o ? { officerId: o._id, name: o.name, badgeNo: o.badgeNo, dutyHours: o.dutyHours, phone: o.phone } : null
      return {
        _id: codeOf(p.body),
        kind: p.kind,
        label: p.label,
        address: p.address,
        area: p.area,
        stationId: DEMO_STATION_ID,
        status: p.retired ? 'retired' : 'active',
        ...(p.retired ? { retiredReason: p.retired } : {}),
        scans: total(codeOf(p.body)),
        card: { officer, station: stationCard },
        createdAt: hung,
        updatedAt: now,
      }
    }),
  )
  await db.insertMany(
    'plateScanDays',
    history.map((d) => ({ _id: `${d.code}:${d.day}`, ...d, stationId: DEMO_STATION_ID })),
  )
}
