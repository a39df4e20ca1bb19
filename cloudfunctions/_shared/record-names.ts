import { _, db } from './cloud'
import { rows } from './results'

/** `_.in` takes at most 100 values in the cloud. */
const IN_LIMIT = 100

/** The `name` of each of these officers or stations, by id (ids not found are left out), 100 to a query. */
export async function namesById(collection: 'officers' | 'stations', ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)]
  const names = new Map<string, string>()
  for (let i = 0; i < wanted.length; i += IN_LIMIT) {
    const batch = wanted.slice(i, i + IN_LIMIT)
    const docs = await rows<{ _id: string; name: string }>(
      db
        .collection(collection)
        .where({ _id: _.in(batch) })
        .field({ name: true })
        .limit(batch.length)
        .get(),
    )
    for (const doc of docs) names.set(doc._id, doc.name)
  }
  return names
}
