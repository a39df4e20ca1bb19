/**
 * Transactions as CloudBase documents them: snapshot isolation with write locks.
 *
 * The rules, each from the WeChat cloud development guide, 数据库 › 事务
 * (developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/transaction.html):
 *
 * 1. 「事务期间，读操作返回的是对象的快照，而非实际数据」: a transaction reads the data as it was
 *    when it started (plus its own writes). When a write commits while transactions are live, each
 *    of them keeps the document's previous version (copy on write) and goes on reading that.
 * 2. 「写操作会：1. 改变快照，保证接下来的读的一致性；2. 给对象加上事务锁」: a write inside a
 *    transaction changes only its snapshot (an overlay, invisible to everyone else until commit)
 *    and locks the document.
 * 3. 「如果对象上存在事务锁，那么：1. 其他事务的写入会直接失败」: a write by another transaction
 *    to a locked document fails at once, at write time, with the cloud's lock error
 *    (`[ResourceUnavailable.TransactionBusy] Transaction is busy`, errCode -501001 in a function).
 *    A write to a document that another write changed since this transaction began fails the same
 *    way (the snapshot it would overwrite is stale: the write conflict of the MongoDB underneath).
 * 4. 「2. 普通的更新操作会被阻塞，直到事务锁释放或者超时」: a plain write (no transaction) to a
 *    locked document waits until the lock is released by commit, rollback or the transaction's
 *    timeout, and then runs against the data as it is then.
 * 5. 「事务提交后，操作完毕的快照会被原子性地写入数据库中」: commit applies every write at once, or
 *    none (a unique-index violation fails the commit and changes nothing).
 * 6. 「在事务中不支持批量操作（where 语句），只支持单记录操作（collection.doc, collection.add）」:
 *    enforced by the protocol (see protocol.ts), which refuses anything but doc(id) operations and
 *    inserts carrying a transactionId.
 *
 * A transaction neither committed nor rolled back within the timeout is discarded: its writes were
 * only ever in its overlay, so it leaves no trace; its locks are released; later requests with its
 * id fail with DATABASE_TRANSACTION_FAIL.
 */
import { randomBytes } from 'crypto'
import { DbError, transactionBusyError } from './errors'
import { DocWrite } from './store'
import { Doc, DocId, PlainObject } from './values'
import { compileQuery } from './query'

/** Read access to committed data, and the way to commit. */
export interface CommittedData {
  get(collection: string, id: DocId): Doc | undefined
  find(collection: string, query: PlainObject): Doc[]
  /**
   * Applies atomically (synchronously, before the returned promise's first await) and resolves
   * once durable; rejects, changing nothing, on a constraint violation.
   */
  commit(writes: DocWrite[]): Promise<void>
}

/** What request handlers read from and write to: committed data, or a transaction's view of it. */
export interface DataView {
  /** Present on a transaction's view. */
  readonly transactionId?: string
  get(collection: string, id: DocId): Doc | undefined
  find(collection: string, query: PlainObject): Doc[]
  write(writes: DocWrite[]): Promise<void>
}

const keyOf = (collection: string, id: DocId): string => `${collection}\u0000${typeof id}:${String(id)}`

class Transaction {
  /** collection → id → buffered document (null: removed in this transaction). */
  readonly overlay = new Map<string, Map<DocId, Doc | null>>()
  /** Versions as of this transaction's start of documents changed since (null: did not exist). */
  readonly before = new Map<string, Map<DocId, Doc | null>>()
  /** Keys of the documents this transaction has locked by writing them. */
  readonly locks = new Set<string>()
  /** Resolves when the transaction ends (commit, rollback or timeout): its locks are gone then. */
  readonly ended: Promise<void>
  finish!: () => void

  constructor(
    readonly id: string,
    readonly timer: NodeJS.Timeout,
  ) {
    this.ended = new Promise((resolve) => (this.finish = resolve))
  }

  /** The document as this transaction sees it: undefined means "not in overlay or snapshot, read committed". */
  own(collection: string, id: DocId): Doc | null | undefined {
    const buffered = this.overlay.get(collection)?.get(id)
    if (buffered !== undefined) return buffered
    return this.before.get(collection)?.get(id)
  }

  changedSinceStart(collection: string, id: DocId): boolean {
    return this.before.get(collection)?.has(id) ?? false
  }

  remember(collection: string, id: DocId, previous: Doc | null): void {
    let docs = this.before.get(collection)
    if (!docs) {
      docs = new Map()
      this.before.set(collection, docs)
    }
    if (!docs.has(id)) docs.set(id, previous)
  }

  buffer(write: DocWrite): void {
    let docs = this.overlay.get(write.collection)
    if (!docs) {
      docs = new Map()
      this.overlay.set(write.collection, docs)
    }
    docs.set(write.id, write.doc)
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
  /** Document key → the live transaction holding its lock. */
  private readonly lockTable = new Map<string, Transaction>()
  readonly counters = { started: 0, committed: 0, busy: 0, aborted: 0, timedOut: 0, plainWritesWaited: 0 }

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
      const transaction = this.live.get(id)
      if (!transaction) return
      this.end(transaction)
      this.counters.timedOut++
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
    const read = (collection: string, docId: DocId): Doc | undefined => {
      const own = transaction.own(collection, docId)
      return own === undefined ? committed.get(collection, docId) : (own ?? undefined)
    }
    return {
      transactionId: id,
      get: read,
      find: (collection, query) => {
        // Candidates: what matches now, plus every document whose version differs for this
        // transaction (its own writes, and documents changed since it began); each is then judged
        // on the version this transaction sees.
        const predicate = compileQuery(query)
        const ids = new Set<DocId>(committed.find(collection, query).map((doc) => doc._id))
        for (const docId of transaction.overlay.get(collection)?.keys() ?? []) ids.add(docId)
        for (const docId of transaction.before.get(collection)?.keys() ?? []) ids.add(docId)
        const matches: Doc[] = []
        for (const docId of ids) {
          const doc = read(collection, docId)
          if (doc && predicate(doc)) matches.push(doc)
        }
        return matches
      },
      write: async (writes) => {
        this.require(id) // it may have timed out while the caller was busy
        for (const write of writes) {
          const key = keyOf(write.collection, write.id)
          const holder = this.lockTable.get(key)
          if (holder && holder !== transaction) {
            this.counters.busy++
            throw transactionBusyError(`document ${JSON.stringify(write.id)} of ${write.collection} is locked by another transaction`)
          }
          if (transaction.changedSinceStart(write.collection, write.id)) {
            this.counters.busy++
            throw transactionBusyError(`document ${JSON.stringify(write.id)} of ${write.collection} was changed after this transaction began`)
          }
        }
        for (const write of writes) {
          const key = keyOf(write.collection, write.id)
          this.lockTable.set(key, transaction)
          transaction.locks.add(key)
          transaction.buffer(write)
        }
      },
    }
  }

  async commit(id: string): Promise<void> {
    const transaction = this.require(id)
    // Out of the live set first, so that its own commit does not count as a change "since it began".
    this.live.delete(id)
    const writes = transaction.writes()
    // The writes are applied before the locks go (the apply is synchronous), so a plain write
    // that was waiting for a lock runs against the committed result.
    const durable = writes.length > 0 ? this.committed.commit(writes) : Promise.resolve()
    this.end(transaction)
    await durable
    this.counters.committed++
  }

  abort(id: string): void {
    this.end(this.require(id))
    this.counters.aborted++
  }

  /**
   * Called with every committed write and the version it replaced (before the apply): live
   * transactions keep that version as their snapshot of the document.
   */
  noteCommitted(writes: DocWrite[], previous: Array<Doc | undefined>): void {
    if (this.live.size === 0) return
    for (const transaction of this.live.values()) {
      writes.forEach((write, position) => transaction.remember(write.collection, write.id, previous[position] ?? null))
    }
  }

  /**
   * For a plain write about to apply `writes`: the ends of the transactions holding locks on any
   * of those documents (empty when the write may go ahead now).
   */
  lockHoldersOf(writes: DocWrite[]): Array<Promise<void>> {
    if (this.lockTable.size === 0) return []
    const holders = new Set<Transaction>()
    for (const write of writes) {
      const holder = this.lockTable.get(keyOf(write.collection, write.id))
      if (holder) holders.add(holder)
    }
    if (holders.size > 0) this.counters.plainWritesWaited++
    return [...holders].map((holder) => holder.ended)
  }

  /** Discards every live transaction (on close). */
  clear(): void {
    for (const transaction of [...this.live.values()]) this.end(transaction)
  }

  private require(id: string): Transaction {
    const transaction = this.live.get(id)
    if (!transaction) {
      throw new DbError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist: it was committed, aborted or timed out`)
    }
    return transaction
  }

  /** Ends a transaction: no longer live, its locks released, waiting plain writes woken. */
  private end(transaction: Transaction): void {
    clearTimeout(transaction.timer)
    this.live.delete(transaction.id)
    for (const key of transaction.locks) {
      if (this.lockTable.get(key) === transaction) this.lockTable.delete(key)
    }
    transaction.finish()
  }
}
