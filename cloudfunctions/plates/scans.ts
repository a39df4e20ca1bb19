import { createHash } from 'node:crypto'
import { _, db } from '../_shared/cloud'
import { chinaHour } from '../_shared/china-time'
import { currentClientIp } from '../_shared/identity'
import { rows, updatedCount } from '../_shared/results'
import type { PlateDoc, ScanMarkDoc } from './docs'

/**
 * Scan counting without keeping who scanned. A scan writes a mark whose id is a hash of the person,
 * the plate and the China hour, so repeated opens within the hour land on the same mark and count
 * once. After the hour the hourly timer folds marks into per-plate, per-day totals and deletes them:
 * nothing derived from a person outlives the hour it was needed for.
 *
 * The person is the WeChat user; a caller without one is counted by client address
 * (`getWXContext().CLIENTIP`, or CLIENTIPV6), and without that all such callers share one mark per plate and hour:
 * an anonymous flood can add at most one scan an hour, never falsify the statistics upwards.
 */
function scannerOf(openid: string | undefined): string {
  if (openid) return `openid:${openid}`
  const address = currentClientIp()
  return address ? `address:${address}` : 'anonymous'
}

/**
 * Counts one scan. `doc(id).set()` makes the mark whatever happened before (no read, no duplicate
 * error to tell apart), and a failure to count is swallowed: the statistics may lose a scan, the
 * resident's page never hears of it.
 */
export async function countScan(code: string, openid: string | undefined, now = new Date()): Promise<void> {
  try {
    const hour = chinaHour(now)
    const _id = createHash('sha256')
      .update(`${scannerOf(openid)}|${code}|${hour}`)
      .digest('hex')
      .slice(0, 32)
    // The hour's first ten characters are its day (chinaHour is chinaDate + 'T' + hour): one reading of the clock, not two.
    await db
      .collection('plateScanMarks')
      .doc(_id)
      .set({ data: { code, day: hour.slice(0, 10), at: now } })
  } catch {
    // The statistics lose one scan; the resident still sees the card.
  }
}

const HOUR_MS = 3600_000

/** The hourly timer: folds marks older than an hour into day totals and plate counters. */
export async function compactScanMarks(now = new Date()): Promise<{ compacted: number }> {
  let compacted = 0
  for (;;) {
    const marks = await rows<ScanMarkDoc>(
      db
        .collection('plateScanMarks')
        .where({ at: _.lt(new Date(now.getTime() - HOUR_MS)) })
        .limit(500)
        .get(),
    )
    if (marks.length === 0) return { compacted }
    const groups = new Map<string, { code: string; day: string; n: number }>()
    for (const m of marks) {
      const key = `${m.code}:${m.day}`
      const g = groups.get(key) ?? { code: m.code, day: m.day, n: 0 }
      g.n += 1
      groups.set(key, g)
    }
    for (const [key, g] of groups) {
      const plate = await rows<Pick<PlateDoc, 'stationId'>>(db.collection('plates').where({ _id: g.code }).field({ stationId: true }).limit(1).get())
      // A count sent for a code that is no plate (countScan takes any well-formed one) is dropped here.
      const stationId = plate[0]?.stationId
      if (stationId === undefined) continue
      const bumped = await updatedCount(
        db
          .collection('plateScanDays')
          .where({ _id: key })
          .update({ data: { scans: _.inc(g.n) } }),
      )
      if (bumped === 0) await db.collection('plateScanDays').add({ data: { _id: key, code: g.code, stationId, day: g.day, scans: g.n } })
      await db
        .collection('plates')
        .where({ _id: g.code })
        .update({ data: { scans: _.inc(g.n) } })
    }
    await db
      .collection('plateScanMarks')
      .where({ _id: _.in(marks.map((m) => m._id)) })
      .remove()
    compacted += marks.length
  }
}
