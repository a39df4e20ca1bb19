/**
 * Transactions with optimistic concurrency control.
 *
 * A transaction buffers its writes in an overlay (its own reads see them) and records every
 * document it read or wrote. Whenever any write is committed — by another transaction or by a
 * plain request — every live transaction that touched one of the written documents is marked
 * conflicted, and its commit answers DATABASE_TRANSACTION_CONFLICT. That is the code
 * @cloudbase/database's runTransaction retries on; it only reaches runTransaction from the commit
 * (errors of reads and writes inside the callback are rewritten by wx-server-sdk into errCodes and
 * lose their `code`), which is why conflicts are reported at commit and nowhere else.
 *
 * A transaction neither committed nor aborted within the timeout is discarded: its writes were
 * only ever in its overlay, so it leaves no trace; later requests with its id fail.
 */
import { randomBytes } from 'crypto'
import { DbError } from './errors'
import { DocWrite } from './store'
import { Doc, DocId, PlainObject } from './values'
import { compileQuery } from './query'

/** Read access to committed data, and the way to commit. */
export interface CommittedData {
  get(collection: string, id: DocId): Doc | undefined
  documents(collection: string): Doc[]
  /** Applies atomically and durably; throws (changing nothing) on a constraint violation. */
  commit(writes: DocWrite[]): Promise<void>
}

/** What request handlers read from and write to: committed data, or a transaction's view of it. */
export interface DataView {
  get(collection: string, id: DocId): Doc | undefined
  find(collection: string, query: PlainObject): Doc[]
  write(writes: DocWrite[]): Promise<void>
}

class Transaction {
  /** collection → id → buffered document (null: removed in this transaction). */
  readonly overlay = new Map<string, Map<DocId, Doc | null>>()
  /** collection → ids read or written. */
  readonly touched = new Map<string, Set<DocId>>()
  /** Why the commit must fail, once another write hit a touched document. */
  conflict: string | undefined

  constructor(
    readonly id: string,
    readonly timer: NodeJS.Timeout,
  ) {}

  touch(collection: string, id: DocId): void {
    let ids = this.touched.get(collection)
    if (!ids) {
      ids = new Set()
      this.touched.set(collection, ids)
    }
    ids.add(id)
  }

  buffered(collection: string, id: DocId): Doc | null | undefined {
    return this.overlay.get(collection)?.get(id)
  }

  buffer(write: DocWrite): void {
    let docs = this.overlay.get(write.collection)
    if (!docs) {
      docs = new Map()
      this.overlay.set(write.collection, docs)
    }
    docs.set(write.id, write.doc)
    this.touch(write.collection, write.id)
  }

  writes(): DocWrite[] {
    const writes: DocWrite[] = []
    for (const [collection, docs] of this.overlay) {
      for (const [id, doc] of docs) writes.push({ collection, id, doc })
    }
    return writes
  }
}

export class TransactionManager {
  private readonly live = new Map<string, Transaction>()
  readonly counters = { started: 0, committed: 0, conflicts: 0, aborted: 0, timedOut: 0 }

  constructor(
    private readonly committed: CommittedData,
    private readonly timeoutMs: number,
  ) {}

  get liveCount(): number {
    return this.live.size
  }

  start(): string {
    const id = randomBytes(16).toString('hex')
    const timer = setTimeout(() => {
      if (this.live.delete(id)) this.counters.timedOut++
    }, this.timeoutMs)
    timer.unref() // an abandoned transaction must not keep the process alive
    this.live.set(id, new Transaction(id, timer))
    this.counters.started++
    return id
  }

  /** The data as transaction `id` sees it. Throws if the transaction has ended or timed out. */
  view(id: string): DataView {
    const transaction = this.require(id)
    const committed = this.committed
    return {
      get: (collection, docId) => {
        transaction.touch(collection, docId)
        const buffered = transaction.buffered(collection, docId)
        if (buffered !== undefined) return buffered ?? undefined
        return committed.get(collection, docId)
      },
      find: (collection, query) => {
        const predicate = compileQuery(query)
        const merged = new Map<DocId, Doc | null>()
        for (const doc of committed.documents(collection)) merged.set(doc._id, doc)
        for (const [docId, doc] of transaction.overlay.get(collection) ?? []) merged.set(docId, doc)
        const matches: Doc[] = []
        for (const doc of merged.values()) if (doc && predicate(doc)) matches.push(doc)
        for (const doc of matches) transaction.touch(collection, doc._id)
        return matches
      },
      write: async (writes) => {
        this.require(id) // it may have timed out while the caller was busy
        for (const write of writes) transaction.buffer(write)
      },
    }
  }

  async commit(id: string): Promise<void> {
    const transaction = this.end(id)
    if (transaction.conflict) {
      this.counters.conflicts++
      throw new DbError('DATABASE_TRANSACTION_CONFLICT', `database transaction conflict: ${transaction.conflict}`)
    }
    const writes = transaction.writes()
    if (writes.length > 0) await this.committed.commit(writes)
    this.counters.committed++
  }

  abort(id: string): void {
    this.end(id)
    this.counters.aborted++
  }

  /** Called for every committed write: live transactions that touched these documents can no longer commit. */
  noteCommitted(writes: DocWrite[]): void {
    if (this.live.size === 0) return
    for (const transaction of this.live.values()) {
      if (transaction.conflict) continue
      const hit = writes.find((write) => transaction.touched.get(write.collection)?.has(write.id))
      if (hit) transaction.conflict = `document ${JSON.stringify(hit.id)} of ${hit.collection} was changed by another write`
    }
  }

  /** Discards every live transaction (on close). */
  clear(): void {
    for (const transaction of this.live.values()) clearTimeout(transaction.timer)
    this.live.clear()
  }

  private require(id: string): Transaction {
    const transaction = this.live.get(id)
    if (!transaction) {
      throw new DbError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist: it was committed, aborted or timed out`)
    }
    return transaction
  }

  private end(id: string): Transaction {
    const transaction = this.require(id)
    clearTimeout(transaction.timer)
    this.live.delete(id)
    return transaction
  }
}
