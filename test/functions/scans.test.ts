/**
 * Counting a scan (cloudfunctions/plates/scans.ts) with the genuine wx-server-sdk against the
 * database emulator, in this process, so that the caller's context (OPENID, CLIENTIP) and a failing
 * database can be set up directly: a scan counts once per person — or client address — per plate
 * and hour, and a failure to count never reaches the lookup.
 */
import { startHarness, type Harness } from '../emulator/harness'

let h: Harness
let countScan: (code: string, openid: string | undefined, now?: Date) => Promise<void>

const marksOf = (code: string) => ((h.local.snapshot().plateScanMarks ?? []) as Array<{ code: string }>).filter((m) => m.code === code)

/** The caller's address as wx-server-sdk's getWXContext reads it (WX_CONTEXT_KEYS names the variables). */
function callerAddress(address: string | undefined): void {
  if (address === undefined) {
    delete process.env.WX_CLIENTIP
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID'
  } else {
    process.env.WX_CLIENTIP = address
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_CLIENTIP'
  }
}

beforeAll(async () => {
  h = await startHarness()
  // Loaded after the harness pointed the SDK at the emulator.
  ;({ countScan } = await import('../../cloudfunctions/plates/scans'))
})

afterAll(async () => {
  await h.close()
})

it('counts one person once per plate and hour, and each hour again', async () => {
  const at = new Date('2026-12-01T02:10:00Z')
  for (let i = 0; i < 3; i++) await countScan('PLATEAA1', 'alice', at)
  await countScan('PLATEAA1', 'bob', at)
  await countScan('PLATEAA1', 'alice', new Date(at.getTime() + 40 * 60_000)) // 10:50 in China, same hour
  expect(marksOf('PLATEAA1')).toHaveLength(2)
  await countScan('PLATEAA1', 'alice', new Date(at.getTime() + 60 * 60_000)) // the next hour
  expect(marksOf('PLATEAA1')).toHaveLength(3)
})

it('files a scan under the China day and hour, not the UTC ones', async () => {
  // 17:30 UTC on 1 December is 01:30 on 2 December in China.
  await countScan('PLATEEE5', 'dave', new Date('2026-12-01T17:30:00Z'))
  const marks = (h.local.snapshot().plateScanMarks ?? []) as Array<{ code: string; day: string }>
  expect(marks.filter((m) => m.code === 'PLATEEE5').map((m) => m.day)).toEqual(['2026-12-02'])
})

it('counts callers without an OPENID by client address, once an hour each', async () => {
  const at = new Date('2026-12-01T03:00:00Z')
  callerAddress('203.0.113.7')
  for (let i = 0; i < 20; i++) await countScan('PLATEBB2', undefined, at)
  callerAddress('198.51.100.4')
  await countScan('PLATEBB2', undefined, at)
  expect(marksOf('PLATEBB2')).toHaveLength(2)
})

it('without an address either, 300 anonymous lookups add one scan, not 300', async () => {
  callerAddress(undefined)
  const at = new Date('2026-12-01T04:00:00Z')
  await Promise.all(Array.from({ length: 300 }, () => countScan('PLATECC3', undefined, at)))
  expect(marksOf('PLATECC3')).toHaveLength(1)
})

it('never fails: a scan that cannot be written is not counted, and the lookup goes on', async () => {
  const db = h.cloud.database()
  await h.local.close() // from now on every write is refused
  await expect(
    db
      .collection('plateScanMarks')
      .doc('control')
      .set({ data: { code: 'x' } }),
  ).rejects.toThrow(/closed/)
  await expect(countScan('PLATEDD4', 'carol')).resolves.toBeUndefined()
})
