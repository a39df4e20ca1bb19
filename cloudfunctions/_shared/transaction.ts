import { db } from './cloud'
import { AppError } from './errors'

/**
 * The part of wx-server-sdk's transaction handle the functions use (its typings do not describe it).
 * Only single-document operations: the cloud refuses where-queries, count and aggregate inside a
 * transaction (「在事务中不支持批量操作（where 语句），只支持单记录操作」, WeChat guide 数据库 › 事务).
 */
export interface Transaction {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: unknown }>
      set(options: { data: Record<string, unknown> }): Promise<unknown>
      update(options: { data: Record<string, unknown> }): Promise<unknown>
      remove(): Promise<unknown>
    }
    add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>
  }
  commit(): Promise<unknown>
  rollback(reason?: unknown): Promise<unknown>
}

/** @cloudbase/database's code for a commit that lost a race (it reaches us with `code` intact from commit()). */
const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'
/**
 * CloudBase's lock error: a write to a document another transaction holds (or changed since this
 * one began) fails at write time. wx-server-sdk drops the string code, so it arrives as errCode
 * -501001 with this text in the message.
 */
const BUSY = '[ResourceUnavailable.TransactionBusy]'

/** Whether `error` means "another writer got there first; the same work may succeed if run again". */
export function isTransactionContention(error: unknown): boolean {
  if (error instanceof AppError) return false
  const code = (error as { code?: unknown } | null)?.code
  const message = String((error as Error | null)?.message ?? '')
  return code === CONFLICT || message.includes(CONFLICT) || message.includes(BUSY)
}

/** Attempts in all: enough for the handful of writers that meet on one document, few enough to answer quickly. */
export const MAX_ATTEMPTS = 8
const BASE_DELAY_MS = 8
const MAX_DELAY_MS = 250

/** What a caller hears when the documents stayed contended through every attempt: try again, not INTERNAL. */
export class StillContended extends AppError {
  constructor() {
    super('CONFLICT', '同时办理的人较多，请稍后再试')
  }
}

/** Exponential backoff with full jitter: racers that collided spread out instead of colliding again. */
function pause(attempt: number): Promise<void> {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1))
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling))
}

/**
 * Runs `work` in a transaction and answers what it answers. When another writer holds or changed a
 * document `work` writes (the cloud's lock error at write time), or a commit conflicts, the
 * transaction is rolled back and `work` runs again on fresh reads, after a random pause, at most
 * MAX_ATTEMPTS times in all; then the caller hears CONFLICT ("try again"), never INTERNAL. Any other
 * error rolls back and is rethrown as it is, so that an AppError (FULL, CLOSED…) reaches the caller
 * unchanged.
 *
 * Written here rather than using `db.runTransaction`, which retries only
 * DATABASE_TRANSACTION_CONFLICT (never the lock error) and whose SDK versions differ on whether they
 * return the callback's value.
 */
export async function inTransaction<T>(work: (tx: Transaction) => Promise<T>, attempts = MAX_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const tx = (await db.startTransaction()) as unknown as Transaction
    let failure: unknown
    try {
      const result = await work(tx)
      await tx.commit()
      return result
    } catch (error) {
      failure = error
    }
    await tx.rollback().catch(() => undefined) // after a failed commit the transaction is already gone
    if (!isTransactionContention(failure)) throw failure
    if (attempt >= attempts) throw new StillContended()
    await pause(attempt)
  }
}

/** A document read inside a transaction, or undefined when there is none (the SDK throws for that). */
export async function readIn<T>(tx: Transaction, collection: string, id: string): Promise<T | undefined> {
  try {
    return (await tx.collection(collection).doc(id).get()).data as T
  } catch (error) {
    if (/not exist|cannot find/i.test(String((error as Error)?.message ?? error))) return undefined
    throw error
  }
}
