/**
 * Transactions through the genuine SDK: isolation under concurrency (optimistic, retried by
 * runTransaction on DATABASE_TRANSACTION_CONFLICT), abort and timeout leaving no trace.
 */
import { Harness, startHarness, WxDatabase } from './harness'

let h: Harness
let db: WxDatabase
let _: WxDatabase

/** Short enough for the timeout test, long enough for the races (each commits within a few ms). */
const TIMEOUT_MS = 1500

beforeAll(async () => {
  h = await startHarness({ indexes: {}, transactionTimeoutMs: TIMEOUT_MS })
  db = h.cloud.database()
  _ = db.command
})

afterAll(async () => {
  await h.close()
})

/**
 * With optimistic concurrency a transaction fails only when another one committed a write to a
 * document it touched while it ran, so among N racing transactions each can fail at most N-1
 * times: N-1 retries guarantee every one of them commits.
 */
const retriesFor = (racers: number): number => racers - 1

it('two transactions that read then write the same document cannot both commit', async () => {
  await db.collection('race').add({ data: { _id: 'doc', v: 0 } })
  const t1 = await db.startTransaction()
  const t2 = await db.startTransaction()
  const v1 = (await t1.collection('race').doc('doc').get()).data.v
  const v2 = (await t2.collection('race').doc('doc').get()).data.v
  await t1.collection('race').doc('doc').update({ data: { v: v1 + 1 } })
  await t2.collection('race').doc('doc').update({ data: { v: v2 + 10 } })
  await t1.commit()
  const failure = await t2.commit().then(() => undefined, (error: { code?: string }) => error)
  expect(failure).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  expect((await db.collection('race').doc('doc').get()).data.v).toBe(1)
})

it('20 concurrent runTransaction increments give exactly 20, retrying on conflicts', async () => {
  await db.collection('counters').add({ data: { _id: 'c', value: 0 } })
  let attempts = 0
  const racers = 20
  const conflictsBefore = h.local.stats().transactions.conflicts
  const increment = () =>
    db.runTransaction(async (transaction: WxDatabase) => {
      attempts++
      const { data } = await transaction.collection('counters').doc('c').get()
      await transaction.collection('counters').doc('c').update({ data: { value: data.value + 1 } })
    }, retriesFor(racers))
  await Promise.all(Array.from({ length: racers }, increment))
  expect((await db.collection('counters').doc('c').get()).data.value).toBe(racers)
  // The race really happened: conflicts were detected and runTransaction retried.
  expect(attempts).toBeGreaterThan(racers)
  expect(h.local.stats().transactions.conflicts - conflictsBefore).toBe(attempts - racers)
})

it('50 concurrent bookings against 10 seats book exactly 10', async () => {
  await db.collection('sessions_tx').add({ data: { _id: 's', seats: 10 } })
  const racers = 50
  const book = (person: number) =>
    db.runTransaction(async (transaction: WxDatabase) => {
      const { data: session } = await transaction.collection('sessions_tx').doc('s').get()
      if (session.seats <= 0) return false
      await transaction.collection('sessions_tx').doc('s').update({ data: { seats: session.seats - 1 } })
      await transaction.collection('bookings_tx').add({ data: { sessionId: 's', person } })
      return true
    }, retriesFor(racers))
  const outcomes = await Promise.all(Array.from({ length: racers }, (_v, i) => book(i)))
  expect(outcomes.filter(Boolean)).toHaveLength(10)
  expect((await db.collection('sessions_tx').doc('s').get()).data.seats).toBe(0)
  expect((await db.collection('bookings_tx').count()).total).toBe(10)
})

it('a transaction reads its own writes; others do not see them before commit', async () => {
  const transaction = await db.startTransaction()
  await transaction.collection('own').add({ data: { _id: 'x', v: 1 } })
  await transaction.collection('own').doc('x').update({ data: { v: _.inc(1) } })
  expect((await transaction.collection('own').doc('x').get()).data.v).toBe(2)
  await expect(db.collection('own').doc('x').get()).rejects.toThrow(/does not exist/)
  await transaction.commit()
  expect((await db.collection('own').doc('x').get()).data.v).toBe(2)
})

it('a plain write to a document a live transaction touched makes its commit fail', async () => {
  await db.collection('mixed').add({ data: { _id: 'm', v: 1 } })
  const transaction = await db.startTransaction()
  await transaction.collection('mixed').doc('m').get()
  await db.collection('mixed').doc('m').update({ data: { v: 100 } })
  await transaction.collection('mixed').doc('m').update({ data: { v: 2 } })
  await expect(transaction.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  expect((await db.collection('mixed').doc('m').get()).data.v).toBe(100)
})

it('abort (rollback) leaves no trace', async () => {
  await db.collection('abort').add({ data: { _id: 'keep', v: 1 } })
  const before = h.local.snapshot()
  const transaction = await db.startTransaction()
  await transaction.collection('abort').add({ data: { _id: 'new' } })
  await transaction.collection('abort').doc('keep').update({ data: { v: 2 } })
  await transaction.collection('abort').doc('keep').remove()
  await transaction.rollback()
  expect(h.local.snapshot()).toEqual(before)
  // runTransaction rolls back when the callback throws, and rethrows the error.
  await expect(
    db.runTransaction(async (t: WxDatabase) => {
      await t.collection('abort').doc('keep').update({ data: { v: 3 } })
      throw new Error('changed my mind')
    }),
  ).rejects.toThrow('changed my mind')
  expect(h.local.snapshot()).toEqual(before)
})

it('a transaction left open past the timeout is discarded; later use of its id fails', async () => {
  await db.collection('timeout').add({ data: { _id: 't', v: 1 } })
  const before = h.local.snapshot()
  const transaction = await db.startTransaction()
  await transaction.collection('timeout').doc('t').update({ data: { v: 2 } })
  const timedOutBefore = h.local.stats().transactions.timedOut
  // Wait for the emulator's own timer to fire (observed through its counter, not a guess at timing).
  while (h.local.stats().transactions.timedOut === timedOutBefore) await new Promise((resolve) => setTimeout(resolve, 50))
  await expect(transaction.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  await expect(transaction.collection('timeout').doc('t').get()).rejects.toThrow(/does not exist/)
  expect(h.local.snapshot()).toEqual(before)
}, 10000)
