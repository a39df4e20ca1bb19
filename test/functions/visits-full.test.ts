/**
 * A full session's refusals, as 950 of 1,000 racers get them: answered from the function instance's
 * memory for FULL_MEMO_MS (no database request, no rate-limit counter written), still exact about who
 * holds a seat (CONFLICT), still behind validation, identity and a per-instance limit, and a seat
 * freed elsewhere offered again once the memory has lapsed.
 */
import { FULL_MEMO_MS } from '../../cloudfunctions/visits/full-sessions'
import { only } from '../list-items'
import { databaseRequestsDuring, newUser, startTestCloud, type Answer, type Client, type TestCloud } from './harness'
import { newSession, storedBookings, storedSession } from './visit-sessions'

let t: TestCloud
let officer: Client

/** The harness's pool size: each worker is one function instance with its own memory. */
const WORKERS = 4
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  t = await startTestCloud({ demo: true })
  officer = t.as('demo-officer')
}, 60_000)

afterAll(async () => {
  await t.close()
})

async function fullSession(capacity: number): Promise<{ sessionId: string; holders: Client[] }> {
  const sessionId = await newSession(officer, { capacity, title: '满员测试场', services: ['户籍咨询'] })
  const holders = Array.from({ length: capacity }, () => t.as(newUser('holder')))
  for (const holder of holders) await holder.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
  return { sessionId, holders }
}

const book = (client: Client, sessionId: string) => client.call('visits', 'book', { sessionId, matter: '户籍咨询' })
const codeOf = (answer: Answer<unknown>) => (answer.body.ok ? 'BOOKED' : answer.body.error.code)

function countersOf(openid: string) {
  return ((t.cloud.db.snapshot().rateLimits ?? []) as Array<{ subject: string }>).filter((c) => c.subject === openid)
}

describe('a full session', () => {
  it('answers FULL from the instance that saw it full, without a database request or a counter written', async () => {
    const { sessionId } = await fullSession(2)
    // One refusal per worker at once: each instance reads the session once and remembers it.
    const first = await Promise.all(Array.from({ length: WORKERS }, () => book(t.as(newUser('late')), sessionId)))
    expect(first.map(codeOf)).toEqual(Array(WORKERS).fill('FULL'))

    const late = Array.from({ length: 20 }, () => t.as(newUser('late')))
    const answers: Array<Answer<unknown>> = []
    const sent = (
      await databaseRequestsDuring(t.cloud, async () => {
        answers.push(...(await Promise.all(late.map((client) => book(client, sessionId)))))
      })
    ).length
    expect(answers.map(codeOf)).toEqual(Array(20).fill('FULL'))
    // Before, each FULL cost 4 requests (two for the write counter, the session, "already booked?"): 80.
    // Now none, unless an instance's memory lapsed on a slow machine and it read the session again (3).
    expect(sent).toBeLessThan(20)
    for (const client of late) expect(countersOf(client.openid!)).toEqual([])
  })

  it('still answers CONFLICT to someone holding a seat, from the same memory', async () => {
    const { sessionId, holders } = await fullSession(1)
    await Promise.all(Array.from({ length: WORKERS }, () => book(t.as(newUser('late')), sessionId)))
    const again = await Promise.all(Array.from({ length: WORKERS * 2 }, () => book(only(holders), sessionId)))
    for (const answer of again)
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('你已经预约了这一场') } })
  })

  it('still refuses bad input with INVALID_ARGUMENT and a call without identity with UNAUTHENTICATED', async () => {
    const { sessionId } = await fullSession(1)
    const someone = t.as(newUser('late'))
    await Promise.all(Array.from({ length: WORKERS }, () => book(someone, sessionId)))
    const extra = await someone.call('visits', 'book', { sessionId, matter: '户籍咨询', seat: 1 })
    expect(extra.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    const noMatter = await someone.call('visits', 'book', { sessionId })
    expect(noMatter.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'matter' } })
    expect((await book(t.anonymous, sessionId)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('stops one person flooding it: past the write limit in every instance, RATE_LIMITED', async () => {
    const { sessionId } = await fullSession(1)
    const flooder = t.as(newUser('flooder'))
    const answers: Array<Answer<unknown>> = []
    // 60 calls a minute per instance: 4 instances answer at most 240 in one window before one of them
    // refuses, so 481 calls (two windows, should the run cross a minute) must meet a refusal.
    while (answers.length <= 2 * WORKERS * 60 && !answers.some((a) => codeOf(a) === 'RATE_LIMITED')) {
      answers.push(...(await Promise.all(Array.from({ length: 8 }, () => book(flooder, sessionId)))))
    }
    expect(new Set(answers.map(codeOf))).toEqual(new Set(['FULL', 'RATE_LIMITED']))
  }, 60_000)

  it('offers a seat freed by a cancellation once the memory has lapsed, and counts that booking in the database', async () => {
    const { sessionId, holders } = await fullSession(1)
    const waiting = t.as(newUser('waiting'))
    const refused = await Promise.all(Array.from({ length: WORKERS }, () => book(waiting, sessionId)))
    expect(refused.map(codeOf)).toEqual(Array(WORKERS).fill('FULL'))
    const holder = only(holders)
    const { bookingId } = only((await holder.ok('visits', 'myBookings', {})).items)
    await holder.ok('visits', 'cancel', { bookingId })
    // Another instance may still answer FULL for up to FULL_MEMO_MS: the documented cost of the memory.
    await sleep(FULL_MEMO_MS + 100)
    const seat = await waiting.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    expect(seat.queueNo).toBe(2)
    expect(countersOf(waiting.openid!)).toEqual([expect.objectContaining({ family: 'write', count: 1 })])
  })

  it('stays exact while cancellations (transactions) and new bookings (conditional claims) meet on it', async () => {
    const { sessionId, holders } = await fullSession(10)
    const leaving = holders.slice(0, 5)
    const answers = await Promise.all([
      ...leaving.map(async (holder) => holder.call('visits', 'cancel', { bookingId: only((await holder.ok('visits', 'myBookings', {})).items).bookingId })),
      ...Array.from({ length: 40 }, () => book(t.as(newUser('newcomer')), sessionId)),
    ])
    for (const cancelled of answers.slice(0, 5)) expect(cancelled.body).toMatchObject({ ok: true, data: { status: 'cancelled' } })
    const bookings = storedBookings(t.cloud, sessionId)
    const active = bookings.filter((b) => b.status === 'booked')
    const session = storedSession(t.cloud, sessionId)
    expect(active.length).toBeLessThanOrEqual(10)
    expect(session.booked).toBe(active.length)
    expect(active.length).toBe(5 + answers.slice(5).filter((a) => a.body.ok).length)
    expect(new Set(bookings.map((b) => b.queueNo)).size).toBe(bookings.length)
  }, 60_000)

  it('is forgotten at once by the instance that frees a seat', async () => {
    // One worker's memory, seen through a cloud with a single instance.
    const single = await startTestCloud({ demo: true, workers: 1 })
    try {
      const desk = single.as('demo-officer')
      const sessionId = await newSession(desk, { capacity: 1, title: '单实例场', services: ['户籍咨询'] })
      const holder = single.as(newUser('holder'))
      const { bookingId } = await holder.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
      const waiting = single.as(newUser('waiting'))
      expect(codeOf(await waiting.call('visits', 'book', { sessionId, matter: '户籍咨询' }))).toBe('FULL')
      await holder.ok('visits', 'cancel', { bookingId })
      expect(codeOf(await waiting.call('visits', 'book', { sessionId, matter: '户籍咨询' }))).toBe('BOOKED')
      // Staff cancelling and raising the capacity forget it too.
      const third = single.as(newUser('third'))
      expect(codeOf(await third.call('visits', 'book', { sessionId, matter: '户籍咨询' }))).toBe('FULL')
      await desk.ok('visits', 'updateSession', { sessionId, capacity: 2 })
      expect(codeOf(await third.call('visits', 'book', { sessionId, matter: '户籍咨询' }))).toBe('BOOKED')
    } finally {
      await single.close()
    }
  }, 60_000)
})
