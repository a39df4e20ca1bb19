/**
 * The functions recognise the database's failures by what wx-server-sdk hands them
 * (cloudfunctions/_shared/db-errors.ts and transaction.ts). Each recogniser is held here against
 * the real error of the genuine SDK talking to the emulator, so the two cannot drift apart.
 */
import { Harness, startHarness, WxDatabase } from './harness'

let h: Harness
let db: WxDatabase
let isDuplicateKey: (error: unknown) => boolean
let isTransactionContention: (error: unknown) => boolean
let AppError: new (code: 'FULL', message: string) => Error

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: unknown) => error,
  )

beforeAll(async () => {
  h = await startHarness({
    indexes: { people: [{ name: 'badge', keys: [{ field: 'badge', direction: 1 }], unique: true }] },
  })
  db = h.cloud.database()
  // Loaded after the harness pointed wx-server-sdk at the emulator (they initialise it on import).
  ;({ isDuplicateKey } = await import('../../cloudfunctions/_shared/db-errors'))
  ;({ isTransactionContention } = await import('../../cloudfunctions/_shared/transaction'))
  ;({ AppError } = await import('../../cloudfunctions/_shared/errors'))
  await db.collection('people').add({ data: { _id: 'p1', badge: 'A1' } })
})

afterAll(async () => {
  await h.close()
})

it('a taken _id (DATABASE_DUPLICATE_WRITE, -501001) is a duplicate key, not contention', async () => {
  const error = await failureOf(db.collection('people').add({ data: { _id: 'p1', badge: 'B2' } }))
  expect(error).toMatchObject({ errCode: -501001 })
  expect(isDuplicateKey(error)).toBe(true)
  expect(isTransactionContention(error)).toBe(false)
})

it('a unique-index violation (E11000, -502001) is a duplicate key, also when a commit fails with it', async () => {
  const plain = await failureOf(db.collection('people').add({ data: { _id: 'p2', badge: 'A1' } }))
  expect(plain).toMatchObject({ errCode: -502001 })
  expect(isDuplicateKey(plain)).toBe(true)
  const transaction = await db.startTransaction()
  await transaction.collection('people').add({ data: { _id: 'p3', badge: 'A1' } })
  const atCommit = await failureOf(transaction.commit())
  expect(atCommit).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' }) // commit keeps node-sdk's code
  expect(isDuplicateKey(atCommit)).toBe(true)
  expect(isTransactionContention(atCommit)).toBe(false)
})

it('the lock error of a transaction write is contention, not a duplicate key', async () => {
  const holder = await db.startTransaction()
  await holder
    .collection('people')
    .doc('p1')
    .update({ data: { badge: 'C3' } })
  const other = await db.startTransaction()
  const busy = await failureOf(
    other
      .collection('people')
      .doc('p1')
      .update({ data: { badge: 'D4' } }),
  )
  expect(isTransactionContention(busy)).toBe(true)
  expect(isDuplicateKey(busy)).toBe(false)
  await other.rollback()
  await holder.rollback()
})

it('an AppError is never contention, whatever its message says', () => {
  expect(isTransactionContention(new AppError('FULL', '[ResourceUnavailable.TransactionBusy] DATABASE_TRANSACTION_CONFLICT'))).toBe(false)
})
