import { DEFAULT_PAGE_SIZE } from '../../types/common'
import type { Page } from '../../types/common'
import { _, db } from './cloud'
import { AppError } from './errors'
import { rows } from './results'

type SortValue = string | number | Date
type Direction = 'asc' | 'desc'

export interface KeysetQuery {
  collection: string
  /** A query as `where` takes it: an object of fields, or a command such as `_.and([...])`. */
  where: object
  /** The field the list is sorted by; `_id` breaks ties so that no document is skipped or repeated. */
  sortBy: string
  direction: Direction
  limit?: number
  cursor?: string
}

/**
 * One page of a list, by keyset rather than skip: each page costs the same however deep the reader
 * goes, and a document inserted meanwhile neither repeats nor hides another.
 */
export async function pageByKey<T extends { _id: string }>(q: KeysetQuery): Promise<Page<T>> {
  const limit = q.limit ?? DEFAULT_PAGE_SIZE
  const after = q.cursor ? decodeCursor(q.cursor) : undefined
  const beyond = q.direction === 'asc' ? _.gt : _.lt
  const where = after ? _.and([q.where, _.or([{ [q.sortBy]: beyond(after.value) }, { [q.sortBy]: _.eq(after.value), _id: beyond(after.id) }])]) : q.where
  const docs = await rows<T>(
    db
      .collection(q.collection)
      .where(where)
      .orderBy(q.sortBy, q.direction)
      .orderBy('_id', q.direction)
      .limit(limit + 1)
      .get(),
  )
  const items = docs.slice(0, limit)
  const last = items[items.length - 1]
  const nextCursor = docs.length > limit && last ? encodeCursor(readPath(last, q.sortBy), last._id) : undefined
  return nextCursor ? { items, nextCursor } : { items }
}

function readPath(doc: object, path: string): SortValue {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], doc) as SortValue
}

export function encodeCursor(value: SortValue, id: string): string {
  const v = value instanceof Date ? { d: value.getTime() } : { v: value }
  return Buffer.from(JSON.stringify({ ...v, i: id })).toString('base64url')
}

export function decodeCursor(cursor: string): { value: SortValue; id: string } {
  try {
    const raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; d?: unknown; i?: unknown }
    if (typeof raw.i !== 'string') throw new Error('no id')
    if (typeof raw.d === 'number') return { value: new Date(raw.d), id: raw.i }
    if (typeof raw.v === 'string' || typeof raw.v === 'number') return { value: raw.v, id: raw.i }
    throw new Error('bad value')
  } catch {
    throw new AppError('INVALID_ARGUMENT', '参数无效：cursor 不是本列表给出的翻页标记', { field: 'cursor' })
  }
}
