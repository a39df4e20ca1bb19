/**
 * One collection in memory: its documents by `_id`, its indexes, and query planning (answer an
 * `_id` or indexed equality from a hash, scan otherwise).
 */
import { CollectionIndexes, IndexSpec } from './indexes'
import { duplicateIdError } from './errors'
import { compileQuery, equalityConstraints } from './query'
import { Doc, DocId, isDocId, PlainObject } from './values'

/** Work counters, observable through LocalDatabase.stats() so tests can prove an index was used. */
export interface ScanCounters {
  /** Documents handed to the matcher. */
  scannedDocs: number
  /** Queries answered from `_id` or a declared index. */
  indexedQueries: number
  /** Queries that had to look at every document. */
  fullScans: number
}

export function newScanCounters(): ScanCounters {
  return { scannedDocs: 0, indexedQueries: 0, fullScans: 0 }
}

export class Collection {
  private readonly docs = new Map<DocId, Doc>()
  private readonly indexes: CollectionIndexes

  constructor(
    readonly name: string,
    specs: IndexSpec[],
    private readonly counters: ScanCounters,
  ) {
    this.indexes = new CollectionIndexes(name, specs)
  }

  get size(): number {
    return this.docs.size
  }

  get(id: DocId): Doc | undefined {
    return this.docs.get(id)
  }

  all(): IterableIterator<Doc> {
    return this.docs.values()
  }

  /** Documents matching `query`, in storage order. */
  matching(query: PlainObject): Doc[] {
    const predicate = compileQuery(query)
    const candidates = this.plan(query)
    const list = candidates ?? [...this.docs.values()]
    this.counters.scannedDocs += list.length
    return list.filter(predicate)
  }

  /** Candidate documents from `_id` or the most selective usable index; undefined means "scan". */
  private plan(query: PlainObject): Doc[] | undefined {
    let best: Set<DocId> | undefined
    for (const { field, values } of equalityConstraints(query)) {
      let ids: Set<DocId> | undefined
      if (field === '_id') ids = new Set(values.filter(isDocId))
      else if (this.indexes.hasLookupOn(field)) ids = this.indexes.candidates(field, values)
      if (ids && (!best || ids.size < best.size)) best = ids
    }
    if (!best) {
      this.counters.fullScans++
      return undefined
    }
    this.counters.indexedQueries++
    const docs: Doc[] = []
    for (const id of best) {
      const doc = this.docs.get(id)
      if (doc) docs.push(doc)
    }
    return docs
  }

  /** Inserts or replaces a document; throws (changing nothing) on a unique index violation. */
  put(doc: Doc): void {
    this.indexes.checkUnique(doc)
    this.store(doc)
  }

  /** Inserts a document that must be new; throws the cloud's duplicate `_id` error otherwise. */
  insert(doc: Doc): void {
    if (this.docs.has(doc._id)) throw duplicateIdError(this.name, doc._id)
    this.put(doc)
  }

  /** Stores without checking constraints: only for replaying the durable log. */
  store(doc: Doc): void {
    const previous = this.docs.get(doc._id)
    if (previous) this.indexes.remove(previous)
    this.docs.set(doc._id, doc)
    this.indexes.add(doc)
  }

  delete(id: DocId): void {
    const previous = this.docs.get(id)
    if (!previous) return
    this.indexes.remove(previous)
    this.docs.delete(id)
  }
}
