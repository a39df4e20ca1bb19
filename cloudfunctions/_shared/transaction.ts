import { db } from './cloud'

/** The part of wx-server-sdk's transaction handle the functions use (its typings do not describe it). */
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

const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'

const isConflict = (error: unknown) =>
  (error as { code?: string } | null)?.code === CONFLICT || String((error as Error | null)?.message ?? '').includes(CONFLICT)

/**
 * Runs `work` in a transaction and answers what it answers. The database's concurrency control is
 * optimistic: a commit fails with a conflict when another transaction changed what this one read,
 * and then the whole of `work` runs again on fresh reads. Any other error rolls back and is rethrown
 * as it is, so that an AppError (FULL, CLOSED…) reaches the caller unchanged.
 *
 * Written here rather than using `db.runTransaction`, whose SDK versions differ on whether they
 * return the callback's value and on which errors they retry.
 */
export async function inTransaction<T>(work: (tx: Transaction) => Promise<T>, attempts = 50): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const tx = (await db.startTransaction()) as unknown as Transaction
    let result: T
    try {
      result = await work(tx)
    } catch (error) {
      await tx.rollback().catch(() => undefined)
      if (isConflict(error) && attempt < attempts) continue
      throw error
    }
    try {
      await tx.commit()
      return result
    } catch (error) {
      if (!isConflict(error) || attempt >= attempts) throw error
      // Someone else committed first; a short random pause keeps the racers from colliding again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, attempt * 5)))
    }
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
