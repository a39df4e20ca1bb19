import { makePlateCode } from '../types/plate-code'
import type { LocalCloud } from '../local/cloud'
import { FLOOR_FUNCTION } from './floor'
import { measure, type LatencyResult } from './latency'
import { residentsFor } from './residents'

/** Inserts plates straight into the store (a bench needs volume, not the function's checks). */
export async function seedPlates(cloud: LocalCloud, count: number, taken: ReadonlySet<string> = new Set()): Promise<string[]> {
  const codes = new Set<string>()
  while (codes.size < count) {
    const code = makePlateCode(Math.random)
    if (!taken.has(code)) codes.add(code)
  }
  const station = { stationId: 'bench-station', name: '基准派出所', address: '基准路 1 号', phone: '0000-0000000' }
  const officer = { officerId: 'bench-officer', name: '基准民警', badgeNo: '000001', dutyHours: '全天', phone: '13800000000' }
  const now = new Date()
  const docs = [...codes].map((code, i) => ({
    _id: code,
    kind: 'plate',
    label: `基准牌 ${i}`,
    address: '基准路',
    area: `基准社区${i % 50}`,
    stationId: station.stationId,
    status: 'active',
    scans: 0,
    card: { officer, station },
    createdAt: now,
    updatedAt: now,
  }))
  for (let i = 0; i < docs.length; i += 5000) await cloud.db.insertMany('plates', docs.slice(i, i + 5000))
  return [...codes]
}

/**
 * p50/p99 of plates.lookup over the given codes, 32 concurrent clients, as many residents (each
 * within the production rate limit). `count: false` leaves out the scan's count each page sends after
 * its card: lookups alone, to see what the count's load adds.
 */
export function measureLookup(cloud: LocalCloud, codes: string[], requests: number, options: { count?: boolean } = {}): Promise<LatencyResult> {
  // Each resident's page, as it runs: the lookup (timed), then the scan's count once the card is in.
  return measureResidents(cloud, 'plates', requests, 200, (n) => {
    const code = codes[n % codes.length]
    return {
      body: JSON.stringify({ action: 'lookup', data: { code } }),
      then: options.count === false ? undefined : JSON.stringify({ action: 'countScan', data: { code } }),
    }
  })
}

/**
 * p50/p99 of plates.lookup calls refused before any database request (a mistyped code answered
 * INVALID_ARGUMENT), 32 concurrent residents: what every function call costs here without the
 * database (gateway, worker hop, router, rate limit, validation).
 */
export function measureRefusedLookup(cloud: LocalCloud, requests: number): Promise<LatencyResult> {
  return measureResidents(cloud, 'plates', requests, 400, () => ({ body: JSON.stringify({ action: 'lookup', data: { code: 'NOTACODE' } }) }))
}

/**
 * p50/p99 of the floor function (bench/floor.ts: the lookup's one genuine-SDK read and nothing else)
 * over the given codes, 32 concurrent residents, no count after each: what any lookup costs on this
 * stack before a line of ours runs. The cloud must run the bundle of `bundleWithFloor`.
 */
export function measureFloorRead(cloud: LocalCloud, codes: string[], requests: number): Promise<LatencyResult> {
  return measureResidents(cloud, FLOOR_FUNCTION, requests, 200, (n) => ({ body: JSON.stringify({ action: 'read', data: { code: codes[n % codes.length] } }) }))
}

/** Calls of function `name` by 32 concurrent residents taken in turn, each answered with `status`. */
function measureResidents(
  cloud: LocalCloud,
  name: string,
  requests: number,
  status: number,
  call: (n: number) => { body: string; then?: string },
): Promise<LatencyResult> {
  const tokens = residentsFor(cloud, requests)
  let n = 0
  return measure(`${cloud.url}/api/functions/${name}`, {
    concurrency: 32,
    requests,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    status,
    body: () => {
      n += 1
      const headers = { Authorization: `Bearer ${tokens[n % tokens.length]}` }
      const { body, then } = call(n)
      return { body, headers, then: then === undefined ? undefined : { body: then, headers } }
    },
  })
}
