/**
 * Indexes declared in database/indexes.json, honoured locally:
 * - a unique index rejects a write that would give two documents the same key;
 * - an equality or `$in` on an index's first field is answered from a hash of that field's values
 *   instead of a scan of the collection.
 */
import { readFileSync } from 'fs'
import * as path from 'path'
import { z } from 'zod'
import { canonicalKey, Doc, DocId, equalityValues, getPath } from './values'
import { duplicateKeyError } from './errors'

export interface IndexSpec {
  name: string
  keys: Array<{ field: string; direction: 1 | -1 | '2dsphere' }>
  unique?: boolean
}

const indexFileSchema = z.record(
  z.string().min(1),
  z.array(
    z.object({
      name: z.string().min(1),
      keys: z.array(z.object({ field: z.string().min(1), direction: z.union([z.literal(1), z.literal(-1), z.literal('2dsphere')]) })).min(1),
      unique: z.boolean().optional(),
    }),
  ),
)

export const DEFAULT_INDEX_FILE = path.resolve(__dirname, '../../database/indexes.json')

/** Reads and validates database/indexes.json (or `file`). Throws with the offending path on a bad file. */
export function loadIndexFile(file: string = DEFAULT_INDEX_FILE): Record<string, IndexSpec[]> {
  const parsed = indexFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    const [issue] = parsed.error.issues
    throw new Error(issue ? `${file}: ${issue.path.join('.')}: ${issue.message}` : `${file}: not an index file`)
  }
  return parsed.data
}

/** value key → ids of the documents holding it. */
type HashIndex = Map<string, Set<DocId>>

function addEntry(index: HashIndex, key: string, id: DocId): void {
  let ids = index.get(key)
  if (!ids) {
    ids = new Set()
    index.set(key, ids)
  }
  ids.add(id)
}

function removeEntry(index: HashIndex, key: string, id: DocId): void {
  const ids = index.get(key)
  if (!ids) return
  ids.delete(id)
  if (ids.size === 0) index.delete(key)
}

/** The key a unique index constrains: all its fields, a missing one counting as null (non-sparse). */
function uniqueKey(spec: IndexSpec, doc: Doc): string {
  return spec.keys.map((key) => canonicalKey(getPath(doc, key.field) ?? null)).join('|')
}

function describeKey(spec: IndexSpec, doc: Doc): string {
  const parts = spec.keys.map((key) => `${key.field}: ${JSON.stringify(getPath(doc, key.field) ?? null)}`)
  return `{ ${parts.join(', ')} }`
}

/** The indexes of one collection. */
export class CollectionIndexes {
  /** first field → hash of equality values (one per distinct first field; 2dsphere fields excluded). */
  private readonly lookup = new Map<string, HashIndex>()
  private readonly unique: Array<{ spec: IndexSpec; entries: Map<string, DocId> }> = []

  constructor(
    private readonly collection: string,
    specs: IndexSpec[],
  ) {
    for (const spec of specs) {
      const [first] = spec.keys
      if (!first) throw new Error(`${collection}: the index ${spec.name} has no keys`)
      if (first.direction !== '2dsphere' && !this.lookup.has(first.field)) this.lookup.set(first.field, new Map())
      if (spec.unique) this.unique.push({ spec, entries: new Map() })
    }
  }

  hasLookupOn(field: string): boolean {
    return this.lookup.has(field)
  }

  /** Ids of the documents whose `field` may equal one of `values` (a superset; the matcher decides). */
  candidates(field: string, values: unknown[]): Set<DocId> {
    const index = this.lookup.get(field)
    const ids = new Set<DocId>()
    if (!index) return ids
    for (const value of values) for (const id of index.get(canonicalKey(value)) ?? []) ids.add(id)
    return ids
  }

  /** Throws the cloud's duplicate key error when `doc` would collide with another document. */
  checkUnique(doc: Doc): void {
    for (const { spec, entries } of this.unique) {
      const owner = entries.get(uniqueKey(spec, doc))
      if (owner !== undefined && owner !== doc._id) throw duplicateKeyError(this.collection, spec.name, describeKey(spec, doc))
    }
  }

  add(doc: Doc): void {
    for (const [field, index] of this.lookup) {
      for (const value of equalityValues(doc, field)) addEntry(index, canonicalKey(value), doc._id)
    }
    for (const { entries, spec } of this.unique) entries.set(uniqueKey(spec, doc), doc._id)
  }

  remove(doc: Doc): void {
    for (const [field, index] of this.lookup) {
      for (const value of equalityValues(doc, field)) removeEntry(index, canonicalKey(value), doc._id)
    }
    for (const { entries, spec } of this.unique) {
      const key = uniqueKey(spec, doc)
      if (entries.get(key) === doc._id) entries.delete(key)
    }
  }
}
