/**
 * Transactions, held against the documentation line by line, through the genuine wx-server-sdk.
 *
 * The WeChat guide, 云开发 › 数据库 › 事务
 * (developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/transaction.html), says:
 *   快照隔离 1. 事务期间，读操作返回的是对象的快照，而非实际数据
 *            2. 事务期间，写操作会：1. 改变快照，保证接下来的读的一致性；2. 给对象加上事务锁
 *            3. 事务锁：如果对象上存在事务锁，那么：1. 其他事务的写入会直接失败；
 *               2. 普通的更新操作会被阻塞，直到事务锁释放或者超时
 *            4. 事务提交后，操作完毕的快照会被原子性地写入数据库中
 *   单记录操作 在事务中不支持批量操作（where 语句），只支持单记录操作（collection.doc, collection.add）
 * and a lock failure reaches a function as errCode -501001 with
 * `[ResourceUnavailable.TransactionBusy] Transaction is busy` in its message (the string code is
 * dropped by wx-server-sdk, which does not know it).
 */
import { Harness, startHarness, WxDatabase } from './harness'

let h: Harness
let db: WxDatabase
let _: WxDatabase

beforeAll(async () => {
  // The cloud's 10 s transaction timeout: the races here must never meet it, even on a busy machine
  // (the timeout itself is tested in transaction-timeout.test.ts).
  h = await startHarness({ indexes: {}, transactionTimeoutMs: 10000 })
  db = h.cloud.database()
  _ = db.command
})

afterAll(async () => {
  await h.close()
})

/** What a function sees when a transaction's write meets a lock. */
const TRANSACTION_BUSY = {
  errCode: -501001,
  message: expect.stringContaining('[ResourceUnavailable.TransactionBusy] Transaction is busy'),
}

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  )

/** Whether `promise` is still pending after the server has had time to answer it. */
async function stillPending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  )
  // A round trip through the emulator proves it has handled everything sent before it.
  await db.collection('probe').where({ _id: 'none' }).get()
  await new Promise((resolve) => setTimeout(resolve, 50))
  return !settled
}

describe('快照隔离 1: reads return the snapshot', () => {
  it('a transaction keeps reading the version it started with after a plain write changed it', async () => {
    await db.collection('snap').add({ data: { _id: 'a', v: 1 } })
    await db.collection('snap').add({ data: { _id: 'b', v: 1 } })
    const transaction = await db.startTransaction()
    expect((await transaction.collection('snap').doc('a').get()).data.v).toBe(1)
    await db
      .collection('snap')
      .doc('a')
      .update({ data: { v: 2 } })
    await db
      .collection('snap')
      .doc('b')
      .update({ data: { v: 2 } }) // not read before the change
    await db.collection('snap').add({ data: { _id: 'c', v: 1 } }) // inserted after the start
    expect((await transaction.collection('snap').doc('a').get()).data.v).toBe(1)
    expect((await transaction.collection('snap').doc('b').get()).data.v).toBe(1)
    await expect(transaction.collection('snap').doc('c').get()).rejects.toThrow(/does not exist/)
    await transaction.rollback()
  })
})

describe('快照隔离 2: writes change the snapshot only', () => {
  it('a transaction reads its own writes; others do not see them before commit', async () => {
    const transaction = await db.startTransaction()
    await transaction.collection('own').add({ data: { _id: 'x', v: 1 } })
    await transaction
      .collection('own')
      .doc('x')
      .update({ data: { v: _.inc(1) } })
    expect((await transaction.collection('own').doc('x').get()).data.v).toBe(2)
    await expect(db.collection('own').doc('x').get()).rejects.toThrow(/does not exist/)
    await transaction.commit()
    expect((await db.collection('own').doc('x').get()).data.v).toBe(2)
  })
})

describe('快照隔离 3.1: another transaction’s write to a locked document fails at once', () => {
  it('the second writer fails at write time with the lock error; the first commits', async () => {
    await db.collection('race').add({ data: { _id: 'doc', v: 0 } })
    const t1 = await db.startTransaction()
    const t2 = await db.startTransaction()
    const v1 = (await t1.collection('race').doc('doc').get()).data.v
    const v2 = (await t2.collection('race').doc('doc').get()).data.v
    await t1
      .collection('race')
      .doc('doc')
      .update({ data: { v: v1 + 1 } })
    const failure = await failureOf(
      t2
        .collection('race')
        .doc('doc')
        .update({ data: { v: v2 + 10 } }),
    )
    expect(failure).toMatchObject(TRANSACTION_BUSY)
    expect(failure).not.toHaveProperty('code') // the string code does not reach the function
    await t2.rollback()
    await t1.commit()
    expect((await db.collection('race').doc('doc').get()).data.v).toBe(1)
  })

  it('set, remove and add of a locked document fail the same way', async () => {
    await db.collection('locks').add({ data: { _id: 'held', v: 0 } })
    const holder = await db.startTransaction()
    await holder
      .collection('locks')
      .doc('held')
      .update({ data: { v: 1 } })
    await holder.collection('locks').add({ data: { _id: 'fresh', v: 1 } })
    const other = await db.startTransaction()
    expect(
      await failureOf(
        other
          .collection('locks')
          .doc('held')
          .set({ data: { v: 2 } }),
      ),
    ).toMatchObject(TRANSACTION_BUSY)
    expect(await failureOf(other.collection('locks').doc('held').remove())).toMatchObject(TRANSACTION_BUSY)
    expect(await failureOf(other.collection('locks').add({ data: { _id: 'fresh', v: 2 } }))).toMatchObject(TRANSACTION_BUSY)
    await other.rollback()
    await holder.commit()
    expect((await db.collection('locks').doc('fresh').get()).data.v).toBe(1)
  })

  it('a write to a document changed since the transaction began fails the same way (no lost update)', async () => {
    await db.collection('stale').add({ data: { _id: 's', v: 0 } })
    const transaction = await db.startTransaction()
    const { v } = (await transaction.collection('stale').doc('s').get()).data
    await db
      .collection('stale')
      .doc('s')
      .update({ data: { v: 100 } })
    expect(
      await failureOf(
        transaction
          .collection('stale')
          .doc('s')
          .update({ data: { v: v + 1 } }),
      ),
    ).toMatchObject(TRANSACTION_BUSY)
    await transaction.rollback()
    expect((await db.collection('stale').doc('s').get()).data.v).toBe(100)
  })

  it('runTransaction does not retry the lock error: racers either commit or fail with it, and nothing is lost', async () => {
    await db.collection('counters').add({ data: { _id: 'c', value: 0 } })
    const racers = 20
    const increment = () =>
      db.runTransaction(async (transaction: WxDatabase) => {
        const { data } = await transaction.collection('counters').doc('c').get()
        await transaction
          .collection('counters')
          .doc('c')
          .update({ data: { value: data.value + 1 } })
      })
    const outcomes = await Promise.all(Array.from({ length: racers }, () => failureOf(increment())))
    const failures = outcomes.filter((outcome) => outcome !== undefined)
    for (const failure of failures) expect(failure).toMatchObject(TRANSACTION_BUSY)
    expect((await db.collection('counters').doc('c').get()).data.value).toBe(racers - failures.length)
  })

  it('50 bookings racing for 10 seats, each retried on the lock error, book exactly 10', async () => {
    await db.collection('sessions_tx').add({ data: { _id: 's', seats: 10 } })
    const isBusy = (error: unknown) => String((error as Error).message).includes('TransactionBusy')
    const book = async (person: number): Promise<boolean> => {
      for (;;) {
        const transaction = await db.startTransaction()
        try {
          const { data: session } = await transaction.collection('sessions_tx').doc('s').get()
          if (session.seats <= 0) {
            await transaction.rollback()
            return false
          }
          await transaction
            .collection('sessions_tx')
            .doc('s')
            .update({ data: { seats: session.seats - 1 } })
          await transaction.collection('bookings_tx').add({ data: { sessionId: 's', person } })
          await transaction.commit()
          return true
        } catch (error) {
          await transaction.rollback().catch(() => undefined)
          if (!isBusy(error)) throw error
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20))
        }
      }
    }
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_v, i) => book(i)))
    expect(outcomes.filter(Boolean)).toHaveLength(10)
    expect((await db.collection('sessions_tx').doc('s').get()).data.seats).toBe(0)
    expect((await db.collection('bookings_tx').count()).total).toBe(10)
  })
})

describe('快照隔离 3.2: a plain write to a locked document waits for the lock', () => {
  it('waits until the transaction commits, then applies on top of it', async () => {
    await db.collection('blocked').add({ data: { _id: 'b', v: 1, n: 0 } })
    const transaction = await db.startTransaction()
    await transaction
      .collection('blocked')
      .doc('b')
      .update({ data: { v: 2 } })
    const plain = db
      .collection('blocked')
      .doc('b')
      .update({ data: { n: _.inc(1) } })
    expect(await stillPending(plain)).toBe(true)
    await transaction.commit()
    await plain
    expect((await db.collection('blocked').doc('b').get()).data).toMatchObject({ v: 2, n: 1 })
  })

  it('waits until a rollback, and a where-update is judged on the data as it is then', async () => {
    await db.collection('blocked2').add({ data: { _id: 'b', status: 'open' } })
    const transaction = await db.startTransaction()
    await transaction
      .collection('blocked2')
      .doc('b')
      .update({ data: { status: 'closed' } })
    const plain = db
      .collection('blocked2')
      .where({ _id: 'b', status: 'open' })
      .update({ data: { status: 'taken' } })
    expect(await stillPending(plain)).toBe(true)
    await transaction.rollback()
    expect((await plain).stats.updated).toBe(1)
    expect((await db.collection('blocked2').doc('b').get()).data.status).toBe('taken')
  })

  it('reads are never blocked: a plain read sees the committed version', async () => {
    await db.collection('reads').add({ data: { _id: 'r', v: 1 } })
    const transaction = await db.startTransaction()
    await transaction
      .collection('reads')
      .doc('r')
      .update({ data: { v: 2 } })
    expect((await db.collection('reads').doc('r').get()).data.v).toBe(1)
    await transaction.commit()
  })
})

describe('快照隔离 4: commit writes the snapshot atomically', () => {
  it('abort (rollback) leaves no trace', async () => {
    await db.collection('abort').add({ data: { _id: 'keep', v: 1 } })
    const before = h.local.snapshot()
    const transaction = await db.startTransaction()
    await transaction.collection('abort').add({ data: { _id: 'new' } })
    await transaction
      .collection('abort')
      .doc('keep')
      .update({ data: { v: 2 } })
    await transaction.collection('abort').doc('keep').remove()
    await transaction.rollback()
    expect(h.local.snapshot()).toEqual(before)
    // runTransaction rolls back when the callback throws, and rethrows the error.
    await expect(
      db.runTransaction(async (t: WxDatabase) => {
        await t
          .collection('abort')
          .doc('keep')
          .update({ data: { v: 3 } })
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(h.local.snapshot()).toEqual(before)
  })
})

describe('单记录操作: only doc(id) and add inside a transaction', () => {
  it('refuses a where-query inside a transaction', async () => {
    await db.collection('single').add({ data: { _id: 'w', v: 1 } })
    const transaction = await db.startTransaction()
    const failure = await failureOf(transaction.collection('single').where({ v: 1 }).get())
    expect(failure).toMatchObject({ errCode: -501007, message: expect.stringContaining('not supported in a transaction') })
    // doc(id) still works in the same transaction.
    expect((await transaction.collection('single').doc('w').get()).data.v).toBe(1)
    await transaction.rollback()
  })

  it('refuses count, aggregate and updateAndReturn carrying a transaction id', async () => {
    const transaction = await db.startTransaction()
    const transactionId = (transaction as { _transaction: { _id: string } })._transaction._id
    const query = JSON.stringify({ v: { $numberInt: '1' } })
    for (const body of [
      { action: 'database.calculateDocument', collectionName: 'single', query, queryType: 'WHERE' },
      { action: 'database.aggregateDocuments', collectionName: 'single', stages: [{ stageKey: '$match', stageValue: query }] },
      { action: 'database.modifyAndReturnDoc', collectionName: 'single', query, queryType: 'WHERE', data: '{"$set":{"v":{"$numberInt":"2"}}}' },
      { action: 'database.modifyDocument', collectionName: 'single', query, queryType: 'WHERE', multi: true, data: '{"$set":{"v":{"$numberInt":"2"}}}' },
      { action: 'database.removeDocument', collectionName: 'single', query, queryType: 'WHERE', multi: true },
    ]) {
      expect(await h.local.handle({ ...body, transactionId })).toMatchObject({
        code: 'INVALID_PARAM',
        message: expect.stringContaining('not supported in a transaction'),
      })
    }
    await transaction.rollback()
    expect((await db.collection('single').doc('w').get()).data.v).toBe(1)
  })
})
