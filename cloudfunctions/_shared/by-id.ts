import { db } from './cloud'
import { notFound } from './errors'
import { firstRow } from './results'

/** The document with this id, or undefined: read by query, since `doc(id).get()` throws for a missing one. */
export function findById<T>(collection: string, id: string): Promise<T | undefined> {
  return firstRow<T>(db.collection(collection).where({ _id: id }).limit(1).get())
}

/** The document with this id; NOT_FOUND, saying `missing` (in Chinese), when there is none. */
export async function requireById<T>(collection: string, id: string, missing: string): Promise<T> {
  const doc = await findById<T>(collection, id)
  if (!doc) throw notFound(missing)
  return doc
}
