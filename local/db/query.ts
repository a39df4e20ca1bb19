/**
 * Evaluating a decoded SDK query: matching (mingo, plus the geo operators), the index-usable
 * equalities it contains, and ordering / paging / projection of the matches.
 *
 * The SDK's queries are already MongoDB query documents (it flattens nested objects into dotted
 * paths and writes commands as `$gt`, `$in`, `$elemMatch`…), so once decoded from EJSON (see
 * values.ts) they go to mingo unchanged.
 */
import { Query } from 'mingo'
import { find } from 'mingo'
import { DbError } from './errors'
import { distanceMetres, findNearSphere, pointOf, registerGeoOperators } from './geo'
import { Doc, isPlainObject, PlainObject } from './values'

registerGeoOperators()

export type SortOrder = Record<string, 1 | -1>

export interface PageOptions {
  order?: SortOrder
  offset?: number
  limit?: number
  projection?: PlainObject
}

export type DocPredicate = (doc: Doc) => boolean

export function compileQuery(query: PlainObject): DocPredicate {
  try {
    const compiled = new Query(query)
    return (doc) => compiled.test(doc)
  } catch (error) {
    throw new DbError('DATABASE_REQUEST_FAILED', `invalid query: ${(error as Error).message}`)
  }
}

/** An equality the query requires: the document's `field` must equal one of `values`. */
export interface EqualityConstraint {
  field: string
  values: unknown[]
}

function isOperatorObject(value: unknown): value is PlainObject {
  return isPlainObject(value) && Object.keys(value).some((key) => key.startsWith('$'))
}

/** Values usable as hash keys: a RegExp in an equality position is a pattern match, not a value. */
function hashable(values: unknown[]): boolean {
  return values.every((value) => !(value instanceof RegExp))
}

function constraintOf(field: string, condition: unknown): EqualityConstraint | undefined {
  if (!isOperatorObject(condition)) {
    return hashable([condition]) ? { field, values: [condition] } : undefined
  }
  if ('$eq' in condition && hashable([condition.$eq])) return { field, values: [condition.$eq] }
  if (Array.isArray(condition.$in) && hashable(condition.$in)) return { field, values: condition.$in }
  return undefined
}

/**
 * The equalities a query imposes at its top level or in a top-level `$and` (which is how the SDK
 * writes `_.gt(1).and(_.lt(5))`). Any of them may be answered from an index.
 */
export function equalityConstraints(query: PlainObject): EqualityConstraint[] {
  const found: EqualityConstraint[] = []
  for (const [field, condition] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) found.push(...equalityConstraints(part))
    } else if (!field.startsWith('$')) {
      const constraint = constraintOf(field, condition)
      if (constraint) found.push(constraint)
    }
  }
  return found
}

/** Orders, pages and projects the matched documents. Without an order, a `$nearSphere` sorts by distance. */
export function shapeResults(matched: Doc[], query: PlainObject, page: PageOptions): PlainObject[] {
  let docs = matched
  const near = page.order && Object.keys(page.order).length > 0 ? undefined : findNearSphere(query)
  if (near) {
    const distance = (doc: Doc): number => {
      const point = pointOf(near.field.split('.').reduce<unknown>((v, k) => (isPlainObject(v) ? v[k] : undefined), doc))
      return point ? distanceMetres(near.near.center, point) : Infinity
    }
    docs = [...docs].sort((a, b) => distance(a) - distance(b))
  }
  try {
    let cursor = find(docs, {}, page.projection && Object.keys(page.projection).length > 0 ? page.projection : undefined)
    if (page.order && Object.keys(page.order).length > 0) cursor = cursor.sort(page.order)
    if (page.offset) cursor = cursor.skip(page.offset)
    if (page.limit !== undefined) cursor = cursor.limit(page.limit)
    return cursor.all() as PlainObject[]
  } catch (error) {
    throw new DbError('DATABASE_REQUEST_FAILED', `invalid order or projection: ${(error as Error).message}`)
  }
}
