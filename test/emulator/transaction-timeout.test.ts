/**
 * The end of a transaction nobody ends: the guide's 事务锁 rule says a plain write to a locked
 * document 「会被阻塞，直到事务锁释放或者超时」, and a transaction not committed in time is rolled
 * back. Its own file, with a short timeout, so the races of transactions.test.ts never meet it.
 */
import { Harness, startHarness, WxDatabase } from './harness'

let h: Harness
let db: WxDatabase
let _: WxDatabase

beforeAll(async () => {
  h = await startHarness({ indexes: {}, transactionTimeoutMs: 1000 })
  db = h.cloud.database()
  _ = db.command
})

afterAll(async () => {
  await h.close()
})

/** Waits for the emulator's own timer to discard a transaction (observed through its counter, not a guess at timing). */
async function nextTimeout(): Promise<void> {
  const timedOut = h.local.stats().transactions.timedOut
  while (h.local.stats().transactions.timedOut === timedOut) await new Promise((resolve) => setTimeout(resolve, 50))
}

it('a transaction left open past the timeout is discarded; later use of its id fails', async () => {
  await db.collection('timeout').add({ data: { _id: 't', v: 1 } })
  const before = h.local.snapshot()
  const transaction = await db.startTransaction()
  await transaction
    .collection('timeout')
    .doc('t')
    .update({ data: { v: 2 } })
  await nextTimeout()
  await expect(transaction.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  await expect(transaction.collection('timeout').doc('t').get()).rejects.toThrow(/does not exist/)
  expect(h.local.snapshot()).toEqual(before)
}, 10000)

it('the lock is released by commit, by rollback and by the timeout', async () => {
  await db.collection('release').add({ data: { _id: 'r', v: 0 } })
  for (const end of ['commit', 'rollback', 'timeout'] as const) {
    const holder = await db.startTransaction()
    await holder
      .collection('release')
      .doc('r')
      .update({ data: { v: _.inc(1) } })
    if (end === 'commit') await holder.commit()
    if (end === 'rollback') await holder.rollback()
    if (end === 'timeout') await nextTimeout()
    const next = await db.startTransaction()
    await next
      .collection('release')
      .doc('r')
      .update({ data: { v: _.inc(10) } })
    await next.commit()
  }
  expect((await db.collection('release').doc('r').get()).data.v).toBe(31) // 1 committed + 3 × 10
}, 10000)

it('a plain write to a locked document waits at most until the transaction times out', async () => {
  await db.collection('blocked3').add({ data: { _id: 'b', v: 1 } })
  const transaction = await db.startTransaction()
  await transaction
    .collection('blocked3')
    .doc('b')
    .update({ data: { v: 2 } })
  await db
    .collection('blocked3')
    .doc('b')
    .update({ data: { v: 3 } })
  expect((await db.collection('blocked3').doc('b').get()).data.v).toBe(3)
  await expect(transaction.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
}, 10000)
