/**
 * Applying the SDK's update documents. `doc.update()` / `where().update()` send MongoDB update
 * operators (`$set`, `$inc`, `$push` with `$each/$position/$slice/$sort`, `$unset` for
 * `_.remove()`, `$pop` for pop and shift, …); mingo's updater implements them. `doc.set()` sends a
 * plain replacement document.
 */
import { update as mingoUpdate, UpdateExpression } from 'mingo/updater'
import { DbError } from './errors'
import { cloneValue, Doc, isPlainObject, PlainObject } from './values'

const SUPPORTED_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
  '$bit',
  '$currentDate',
])

/** `_.addToSet({each: [...]})` reaches the wire as `{each: [...]}`, not `$each`; the documented meaning is `$each`. */
function normaliseAddToSet(args: PlainObject): PlainObject {
  const out: PlainObject = {}
  for (const [field, value] of Object.entries(args)) {
    const onlyEach = isPlainObject(value) && Object.keys(value).length === 1 && Array.isArray(value.each)
    out[field] = onlyEach ? { $each: (value as PlainObject).each } : value
  }
  return out
}

function touchesId(fieldPaths: string[]): boolean {
  return fieldPaths.some((field) => field === '_id' || field.startsWith('_id.'))
}

/** Replaces the whole document, keeping its `_id` (`doc.set`). */
export function replaceDocument(current: Doc, replacement: PlainObject): Doc {
  if ('_id' in replacement && replacement._id !== current._id) {
    throw new DbError('DATABASE_REQUEST_FAILED', "the (immutable) field '_id' cannot be changed")
  }
  return { ...cloneValue(replacement), _id: current._id }
}

/** Applies an update document to a copy of `current`; the stored document is never mutated. */
export function applyUpdate(current: Doc, updateDoc: PlainObject): Doc {
  const next = cloneValue(current)
  const plainFields: PlainObject = {}
  for (const [key, args] of Object.entries(updateDoc)) {
    if (!key.startsWith('$')) {
      plainFields[key] = args // a bare field in an update means "set it"
      continue
    }
    if (!SUPPORTED_OPERATORS.has(key)) throw new DbError('DATABASE_REQUEST_FAILED', `unknown update operator: ${key}`)
    if (!isPlainObject(args)) throw new DbError('DATABASE_REQUEST_FAILED', `${key} needs an object argument`)
    const fields = Object.keys(args)
    const renamedTo = key === '$rename' ? Object.values(args).map(String) : []
    if (touchesId([...fields, ...renamedTo])) {
      throw new DbError('DATABASE_REQUEST_FAILED', "Performing an update on the path '_id' would modify the immutable field '_id'")
    }
    runOperator(next, key, key === '$addToSet' ? normaliseAddToSet(args) : args)
  }
  if (Object.keys(plainFields).length > 0) {
    if (touchesId(Object.keys(plainFields))) {
      throw new DbError('DATABASE_REQUEST_FAILED', "Performing an update on the path '_id' would modify the immutable field '_id'")
    }
    runOperator(next, '$set', plainFields)
  }
  return next
}

function runOperator(doc: Doc, operator: string, args: PlainObject): void {
  try {
    // UpdateExpression is a union keyed by operator name; `operator` was checked against SUPPORTED_OPERATORS.
    mingoUpdate(doc, { [operator]: args } as unknown as UpdateExpression)
  } catch (error) {
    throw new DbError('DATABASE_REQUEST_FAILED', `${operator} failed: ${(error as Error).message}`)
  }
}
