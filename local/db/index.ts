/**
 * The database of the local cloud: an emulator of the cloud database API that wx-server-sdk
 * 4.0.2 talks to, over an in-memory document store made durable by a write-ahead log.
 *
 *   const db = await openDatabase({ dataDir: '.data', indexes: loadIndexFile() })
 *   const responseBody = await db.handle(requestBody)   // or mount handleSdkHttp (./http)
 */
import * as path from 'path'
import { Engine } from './engine'
import { newScanCounters, ScanCounters } from './collection'
import { DbError } from './errors'
import { IndexSpec } from './indexes'
import { handleDatabaseRequest, newDocumentId, ProtocolContext } from './protocol'
import { DocWrite, DurableStore, StoreStats } from './store'
import { CommittedData, DataView, TransactionManager } from './transactions'
import { cloneValue, DocId, isPlainObject, PlainObject } from './values'

export type { IndexSpec } from './indexes'
export { loadIndexFile } from './indexes'
export { handleSdkHttp } from './http'

export interface DatabaseOptions {
  dataDir: string
  indexes?: Record<string /* collection */, IndexSpec[]>
  /** default 10000 */
  transactionTimeoutMs?: number
  /**
   * Answer DATABASE_COLLECTION_NOT_EXIST, as the cloud does, for a collection that is neither in
   * `indexes` (the deploy creates exactly those) nor already holds data. Default false.
   */
  requireDeclaredCollections?: boolean
  /** Log compaction thresholds (defaults: 1 MiB and 4× the live data). */
  compaction?: { minLogBytes?: number; ratio?: number }
  /** Where recovery problems (a torn log tail) are reported. Default: stderr. */
  warn?: (message: string) => void
}

export interface DatabaseStats extends ScanCounters {
  store: StoreStats
  transactions: TransactionManager['counters'] & { live: number }
}

export interface LocalDatabase {
  /** One request as the SDK sends it (parsed JSON body); returns the JSON body the SDK expects. Never throws for bad requests. */
  handle(body: Record<string, unknown>): Promise<unknown>
  /** All documents of all collections, plain and EJSON-serialisable, sorted by collection then _id. */
  snapshot(): Record<string, unknown[]>
  insertMany(collection: string, docs: Record<string, unknown>[]): Promise<void>
  upsert(collection: string, id: string, doc: Record<string, unknown>): Promise<void>
  count(collection: string): number
  /** Work counters: documents scanned, indexed queries, fsyncs, transaction outcomes. */
  stats(): DatabaseStats
  close(): Promise<void>
}

function compareIds(a: DocId, b: DocId): number {
  if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0
  return typeof a === 'number' ? -1 : 1 // numbers before strings, as in BSON order
}

export async function openDatabase(options: DatabaseOptions): Promise<LocalDatabase> {
  const indexes = options.indexes ?? {}
  const engine = new Engine(indexes, newScanCounters())
  const store = await DurableStore.open(
    {
      dir: path.join(options.dataDir, 'db'),
      compactMinBytes: options.compaction?.minLogBytes,
      compactRatio: options.compaction?.ratio,
      warn: options.warn,
    },
    (write) => engine.replay(write),
  )
  store.setLiveDocumentSource(() => engine.liveDocuments())

  let closed = false
  // Set below; commits must tell live transactions about every write, so the two refer to each other.
  let transactions: TransactionManager

  /** The only way data changes: atomically in memory, conflicting transactions marked, then durably logged. */
  const commit = async (writes: DocWrite[]): Promise<void> => {
    if (writes.length === 0) return
    if (closed) throw new DbError('SYS_ERR', 'database is closed')
    const previous = writes.map((write) => engine.collection(write.collection).get(write.id))
    engine.applyAtomically(writes)
    transactions.noteCommitted(writes, previous)
    await store.append(writes)
  }

  const committed: CommittedData = {
    get: (collection, id) => engine.collection(collection).get(id),
    find: (collection, query) => engine.collection(collection).matching(query),
    commit,
  }
  transactions = new TransactionManager(committed, options.transactionTimeoutMs ?? 10000)
  /** Plain requests: committed data, their writes waiting for transaction locks (see transactions.ts rule 4). */
  const plain: DataView = { get: committed.get, find: committed.find, write: commit }

  const declared = new Set(Object.keys(indexes))
  const context: ProtocolContext = {
    committed: plain,
    transactions,
    documents: (collection) => engine.documents(collection),
    checkCollection: (collection) => {
      if (!options.requireDeclaredCollections || declared.has(collection) || engine.collection(collection).size > 0) return
      throw new DbError(
        'DATABASE_COLLECTION_NOT_EXIST',
        `Db or Table not exist: ${collection} (declare it in database/indexes.json; the deploy creates those collections)`,
      )
    },
    countScanned: (documents) => {
      engine.counters.scannedDocs += documents
      engine.counters.fullScans++
    },
  }

  return {
    handle: async (body) => {
      if (!isPlainObject(body)) return { code: 'INVALID_PARAM', message: 'request body must be a JSON object' }
      return handleDatabaseRequest(body, context)
    },

    snapshot: () => {
      const result: Record<string, unknown[]> = {}
      for (const name of engine.collectionNames()) {
        result[name] = engine
          .documents(name)
          .sort((a, b) => compareIds(a._id, b._id))
          .map((doc) => cloneValue(doc))
      }
      return result
    },

    insertMany: async (collection, docs) => {
      const writes: DocWrite[] = docs.map((doc) => {
        const id = doc._id === undefined ? newDocumentId() : doc._id
        if (typeof id !== 'string' && typeof id !== 'number') throw new Error('_id must be a string or a number')
        return { collection, id, doc: { ...cloneValue(doc), _id: id }, mustBeNew: true }
      })
      await commit(writes)
    },

    upsert: async (collection, id, doc) => {
      await commit([{ collection, id, doc: { ...cloneValue(doc as PlainObject), _id: id } }])
    },

    count: (collection) => engine.collection(collection).size,

    stats: () => ({
      ...engine.counters,
      store: store.stats(),
      transactions: { ...transactions.counters, live: transactions.liveCount },
    }),

    close: async () => {
      if (closed) return
      closed = true
      transactions.clear()
      await store.close()
    },
  }
}
