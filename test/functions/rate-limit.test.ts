/**
 * The database counters behind the `write` family's limit: a person's first write of a window makes
 * its counter with one request, and every write is counted exactly once whichever instance takes it.
 * (That the limit holds across instances: visits-full.test.ts, "stops one person flooding it".)
 * A booking sends its counter together with its seat's claim: a refused counter gives the seat back.
 */
import { counterId } from '../../cloudfunctions/_shared/rate-limit'
import { databaseRequestsDuring, newUser, startTestCloud, type Client, type TestCloud } from './harness'
import { newSession, storedBookings, storedSession } from './visit-sessions'

let t: TestCloud
let officer: Client

beforeAll(async () => {
  t = await startTestCloud({ demo: true })
  officer = t.as('demo-officer')
}, 60_000)

afterAll(async () => {
  await t.close()
})

/** The requests on the rate-limit counters the emulator receives while `run` goes on, by action. */
async function counterRequestsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const requests = await databaseRequestsDuring(t.cloud, run)
  return requests.filter((body) => body.collectionName === 'rateLimits').map((body) => String(body.action))
}

function writeCounterOf(openid: string): { count: number } | undefined {
  const counters = (t.cloud.db.snapshot().rateLimits ?? []) as Array<{ subject: string; family: string; count: number }>
  return counters.find((c) => c.subject === openid && c.family === 'write')
}

describe('the write counter', () => {
  it('is made with one request on a person’s first write of the window', async () => {
    const sessionId = await newSession(officer, { capacity: 5 })
    const resident = t.as(newUser('counted'))
    const requests = await counterRequestsDuring(() => resident.ok('visits', 'book', { sessionId, matter: '户籍咨询' }))
    // Before: an increment that found no counter, then its creation.
    expect(requests).toEqual(['database.insertDocument'])
    expect(writeCounterOf(resident.openid!)).toMatchObject({ count: 1 })
  })

  it('counts each write once, whichever instance takes it', async () => {
    const sessions = await Promise.all(Array.from({ length: 6 }, () => newSession(officer, { capacity: 5 })))
    const resident = t.as(newUser('counted'))
    // At once: instances that have not seen the counter try to make it, and count on it when it exists.
    await Promise.all(sessions.map((sessionId) => resident.ok('visits', 'book', { sessionId, matter: '户籍咨询' })))
    expect(writeCounterOf(resident.openid!)).toMatchObject({ count: 6 })
    await resident.ok('visits', 'book', { sessionId: await newSession(officer, { capacity: 5 }), matter: '户籍咨询' })
    expect(writeCounterOf(resident.openid!)).toMatchObject({ count: 7 })
  })

  it('refuses a booking past the limit and gives back the seat claimed beside the counter', async () => {
    const sessionId = await newSession(officer, { capacity: 5 })
    const resident = t.as(newUser('flooding'))
    // The person's counters at the limit, for this minute and the next (should the test cross one).
    const minute = Math.floor(Date.now() / 60_000) * 60_000
    for (const windowStart of [minute, minute + 60_000]) {
      const _id = counterId('write', windowStart, resident.openid!)
      await t.cloud.db.upsert('rateLimits', _id, {
        _id,
        subject: resident.openid,
        family: 'write',
        count: 60,
        windowStart: new Date(windowStart),
        expiresAt: new Date(windowStart + 60_000),
      })
    }
    const refused = await resident.call('visits', 'book', { sessionId, matter: '户籍咨询' })
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(storedSession(t.cloud, sessionId).booked).toBe(0)
    expect(storedBookings(t.cloud, sessionId)).toEqual([])
    // Every seat is still there for others.
    for (let i = 0; i < 5; i++) await t.as(newUser('next')).ok('visits', 'book', { sessionId, matter: '户籍咨询' })
  })
})
