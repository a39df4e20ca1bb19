/**
 * wx-server-sdk 4.0.2's typings give every database call the return type `Promise<R> | void | string`,
 * a leftover of callback overloads the SDK no longer has: in 4.x each call returns the promise. These
 * helpers narrow that once, here, instead of casting at every call site.
 */
type Pending = Promise<unknown> | void | string

export async function rows<T>(pending: Pending): Promise<T[]> {
  return ((await pending) as { data: T[] }).data
}

/** The first row of a query, or undefined (`doc(id).get()` throws for a missing document). */
export async function firstRow<T>(pending: Pending): Promise<T | undefined> {
  return (await rows<T>(pending))[0]
}

export async function addedId(pending: Pending): Promise<string> {
  return String(((await pending) as { _id: string | number })._id)
}

export async function counted(pending: Pending): Promise<number> {
  return ((await pending) as { total: number }).total
}

export async function updatedCount(pending: Pending): Promise<number> {
  return ((await pending) as { stats: { updated: number } }).stats.updated
}
