/**
 * The in-memory state of all collections, and the one place it changes: `applyAtomically`
 * applies a batch of document writes entirely, or (on a constraint violation) not at all.
 */
import { Collection, ScanCounters } from './collection'
import { IndexSpec } from './indexes'
import { DocWrite } from './store'
import { Doc } from './values'

export class Engine {
  private readonly collections = new Map<string, Collection>()

  constructor(
    private readonly indexSpecs: Record<string, IndexSpec[]>,
    readonly counters: ScanCounters,
  ) {}

  /** The collection, created empty on first use (as the store has no schema). */
  collection(name: string): Collection {
    let collection = this.collections.get(name)
    if (!collection) {
      collection = new Collection(name, this.indexSpecs[name] ?? [], this.counters)
      this.collections.set(name, collection)
    }
    return collection
  }

  /** Names of the collections that hold at least one document, sorted. */
  collectionNames(): string[] {
    return [...this.collections.entries()]
      .filter(([, collection]) => collection.size > 0)
      .map(([name]) => name)
      .sort()
  }

  /**
   * Applies the writes in order. On any violation (duplicate `_id` for a `mustBeNew` write, unique
   * index) everything already applied is undone and the error rethrown.
   */
  applyAtomically(writes: DocWrite[]): void {
    const undo: Array<() => void> = []
    try {
      for (const write of writes) {
        const collection = this.collection(write.collection)
        const previous = collection.get(write.id)
        if (write.doc) {
          if (write.mustBeNew) collection.insert(write.doc)
          else collection.put(write.doc)
        } else {
          collection.delete(write.id)
        }
        undo.push(() => (previous ? collection.store(previous) : collection.delete(write.id)))
      }
    } catch (error) {
      for (const step of undo.reverse()) step()
      throw error
    }
  }

  /** Applies a write read back from the durable log (already validated when it was made). */
  replay(write: DocWrite): void {
    const collection = this.collection(write.collection)
    if (write.doc) collection.store(write.doc)
    else collection.delete(write.id)
  }

  /** Every live document as a write, for snapshots. */
  *liveDocuments(): Generator<DocWrite> {
    for (const name of this.collectionNames()) {
      for (const doc of this.collection(name).all()) yield { collection: name, id: doc._id, doc }
    }
  }

  documents(collection: string): Doc[] {
    return [...this.collection(collection).all()]
  }
}
