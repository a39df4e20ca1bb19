import type { LocalCloud } from '../local/cloud'
import { median } from './quantiles'
import { residentsFor } from './residents'

export interface LookupBreakdown {
  /** `/healthz`: HTTP to the gateway and back. */
  gateway: number
  /** An unknown action of the plates function: + the hop to a worker and back, and the router. */
  workerHop: number
  /** A lookup of a mistyped code: + reading the input, refused before any database request. */
  validation: number
  /** The emulator's own work on one read of a plate, asked in process (no HTTP, no SDK). */
  emulatorRead: number
  /** A whole lookup. */
  lookup: number
  /** Of a lookup, the wait for the disk (the emulator's mean per lookup): none, as a lookup only reads. */
  logSync: number
}

/** The i-th of a list taken round and round (the i-th request's caller or plate). */
function roundRobin<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length]
  if (item === undefined) throw new Error('nothing to take round and round: the list is empty')
  return item
}

async function timed(count: number, once: (i: number) => Promise<void>): Promise<number> {
  const timings: number[] = []
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint()
    await once(i)
    timings.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return median(timings)
}

/**
 * Where one lookup's time goes, measured one request at a time (no queueing) as medians of layered
 * requests, each adding one step to the one before: gateway, worker hop and router, validation; and
 * the emulator's own share of a read, asked directly. What a lookup costs beyond validation and the
 * emulator's share is the genuine SDK in the worker (building, signing and sending its requests).
 */
export async function breakDownLookup(cloud: LocalCloud, codes: string[], count: number): Promise<LookupBreakdown> {
  const tokens = residentsFor(cloud, count * 3)
  const post = async (body: unknown, token: string) => {
    const res = await fetch(`${cloud.url}/api/functions/plates`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    })
    await res.arrayBuffer()
  }
  const gateway = await timed(count, async () => {
    await (await fetch(`${cloud.url}/healthz`)).arrayBuffer()
  })
  const workerHop = await timed(count, (i) => post({ action: 'nothingHere', data: {} }, roundRobin(tokens, i)))
  const validation = await timed(count, (i) => post({ action: 'lookup', data: { code: 'NOTACODE' } }, roundRobin(tokens, i + 1)))
  // In process: the emulator's own work on a read, without the HTTP hop (its endpoint takes only
  // requests signed by the workers' SDK).
  const emulatorRead = await timed(count, async (i) => {
    const answer = (await cloud.db.handle({
      action: 'database.getDocument',
      collectionName: 'plates',
      query: JSON.stringify({ _id: roundRobin(codes, i) }),
      limit: 1,
      offset: 0,
    })) as {
      data?: { list: unknown[] }
    }
    if (answer.data?.list.length !== 1) throw new Error(`the emulator did not find the plate: ${JSON.stringify(answer).slice(0, 200)}`)
  })
  const synced = cloud.db.stats().store.syncMs
  const lookup = await timed(count, (i) => post({ action: 'lookup', data: { code: roundRobin(codes, i) } }, roundRobin(tokens, i + 2)))
  const logSync = (cloud.db.stats().store.syncMs - synced) / count
  return { gateway, workerHop, validation, emulatorRead, lookup, logSync }
}
