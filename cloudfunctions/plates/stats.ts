import type { ActionInput, ActionOutput } from '../../types'
import { PLATE_STATUS_LABELS } from '../../types/plate-labels'
import { chinaDate, chinaDayStart, lastChinaDays } from '../_shared/china-time'
import { compareChinese } from '../_shared/chinese-order'
import { _, db } from '../_shared/cloud'
import { excelCsv, textCell } from '../_shared/csv-cells'
import type { Caller } from '../_shared/identity'
import { rows } from '../_shared/results'
import type { PlateDoc } from './docs'

type Report = ActionOutput<'plates', 'stats'>
type StatsInput = ActionInput<'plates', 'stats'>

/**
 * Rows per request. The cloud answers at most 1,000 documents to a `get` (and caps an aggregate's
 * page too), so every read below goes on page after page until one comes back empty: counts are
 * exact however many plates or days there are, never cut off at a page.
 */
const PAGE = 1000

interface Sum {
  _id: string
  scans: number
}

/** Scans in the window summed by a field of plateScanDays, in the database, every group. */
async function sumsBy(field: 'day' | 'code', match: object): Promise<Sum[]> {
  const sums: Sum[] = []
  for (;;) {
    const { list } = (await db
      .collection('plateScanDays')
      .aggregate()
      .match(match)
      .group({ _id: `$${field}`, scans: _.aggregate.sum('$scans') })
      .sort({ _id: 1 })
      .skip(sums.length)
      .limit(PAGE)
      .end()) as { list: Sum[] }
    sums.push(...list)
    if (list.length === 0) return sums
  }
}

type PlateRow = Pick<PlateDoc, '_id' | 'label' | 'area' | 'status' | 'createdAt'>

/** Every plate in scope, by keyset on `_id` (each page costs the same however many came before). */
async function platesIn(scope: object): Promise<PlateRow[]> {
  const plates: PlateRow[] = []
  for (;;) {
    const last = plates[plates.length - 1]
    const page = await rows<PlateRow>(
      db
        .collection('plates')
        .where(last ? { ...scope, _id: _.gt(last._id) } : scope)
        .field({ label: true, area: true, status: true, createdAt: true })
        .orderBy('_id', 'asc')
        .limit(PAGE)
        .get(),
    )
    plates.push(...page)
    if (page.length === 0) return plates
  }
}

function byScansThenName<T extends { scans: number }>(name: (row: T) => string) {
  return (a: T, b: T) => b.scans - a.scans || compareChinese(name(a), name(b))
}

/** The report and the plates behind it: `stats` answers the one, `exportStats` writes both. */
async function scanReport(
  input: StatsInput,
  caller: Caller,
  now = new Date(),
): Promise<{ report: Report; plates: Map<string, PlateRow>; scansOf: Map<string, number> }> {
  const days = input.days ?? 30
  const stationId = caller.role === 'officer' ? caller.stationId : input.stationId
  const window = lastChinaDays(days, now)
  const scope = stationId ? { stationId } : {}
  const match = { ...scope, day: _.gte(window[0]) }
  const [perDay, perCode, plateRows] = await Promise.all([sumsBy('day', match), sumsBy('code', match), platesIn(scope)])

  const plates = new Map(plateRows.map((p) => [p._id, p]))
  const scansOf = new Map(perCode.filter((s) => s.scans > 0).map((s) => [s._id, s.scans]))
  const onDay = new Map(perDay.map((s) => [s._id, s.scans]))
  const areaScans = new Map<string, number>()
  for (const [code, scans] of scansOf) {
    const area = plates.get(code)?.area ?? '其他'
    areaScans.set(area, (areaScans.get(area) ?? 0) + scans)
  }
  // A plate put up during the window has not had the whole window to be scanned: not stale (yet).
  const windowStart = chinaDayStart(window[0] ?? chinaDate(now)).getTime()
  const report: Report = {
    days,
    perDay: window.map((day) => ({ day, scans: onDay.get(day) ?? 0 })),
    perArea: [...areaScans].map(([area, scans]) => ({ area, scans })).sort(byScansThenName((r) => r.area)),
    perPlate: [...scansOf]
      .filter(([code]) => plates.has(code))
      .map(([code, scans]) => {
        const { label, area } = plates.get(code)!
        return { code, label, area, scans }
      })
      .sort(byScansThenName((r) => r.code)),
    stale: plateRows
      .filter((p) => p.status === 'active' && !scansOf.has(p._id) && new Date(p.createdAt).getTime() < windowStart)
      .map(({ _id, label, area }) => ({ code: _id, label, area })),
  }
  return { report, plates, scansOf }
}

export async function stats(input: StatsInput, caller: Caller): Promise<Report> {
  return (await scanReport(input, caller)).report
}

/** One row per plate in scope: its scans in the window (0 included), whether it is stale. */
export async function exportStats(input: StatsInput, caller: Caller): Promise<ActionOutput<'plates', 'exportStats'>> {
  const now = new Date()
  const { report, plates, scansOf } = await scanReport(input, caller, now)
  const stale = new Set(report.stale.map((p) => p.code))
  const ordered = [...plates.values()].sort((a, b) => (scansOf.get(b._id) ?? 0) - (scansOf.get(a._id) ?? 0) || a._id.localeCompare(b._id))
  const csv = excelCsv(
    ['编号', '名称', '社区', '状态', `近 ${report.days} 天扫码次数`, '无人扫码'],
    ordered.map((p) => [p._id, textCell(p.label), textCell(p.area), PLATE_STATUS_LABELS[p.status], scansOf.get(p._id) ?? 0, stale.has(p._id) ? '是' : '']),
  )
  const today = report.perDay[report.perDay.length - 1]?.day ?? ''
  return { filename: `扫码统计-近${report.days}天-${today}.csv`, csv }
}
