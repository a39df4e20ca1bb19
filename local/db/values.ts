/**
 * Document values as the emulator holds them, and their conversion to and from the wire.
 *
 * The SDK sends every query, update and document as a MongoDB Extended JSON string (canonical
 * mode, written by bson 4.7) and parses the documents we return with `EJSON.parse`. Inside the
 * emulator values are plain JS: numbers, strings, booleans, null, Date, RegExp, arrays and objects.
 */
import { BSONRegExp, EJSON, ObjectId } from 'bson'
import { DbError } from './errors'

export type DocId = string | number
export type Doc = { _id: DocId; [field: string]: unknown }
export type PlainObject = Record<string, unknown>

export function isPlainObject(value: unknown): value is PlainObject {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** JS RegExp accepts these of MongoDB's flags; `x` (extended) and `l` (locale) have no JS equivalent. */
const JS_REGEXP_FLAGS = new Set(['i', 'm', 's', 'u'])

function toJsRegExp(pattern: string, options: string): RegExp {
  const flags = [...new Set(options.split(''))].filter((f) => JS_REGEXP_FLAGS.has(f)).join('')
  return new RegExp(pattern, flags)
}

/**
 * Turns what `EJSON.parse` produced into emulator values:
 * - `BSONRegExp` → RegExp (mingo matches with JS RegExp),
 * - `{$tcb_server_date: {offset}}` (db.serverDate()) → the server's now + offset ms,
 * - everything else is kept (numbers already come out as JS numbers in relaxed mode).
 * `now` is fixed per request so that every serverDate of one request is the same instant.
 */
export function decodeWireValue(value: unknown, now: number): unknown {
  if (value instanceof BSONRegExp) return toJsRegExp(value.pattern, value.options)
  if (Array.isArray(value)) return value.map((item) => decodeWireValue(item, now))
  if (isPlainObject(value)) {
    const serverDate = value.$tcb_server_date
    if (isPlainObject(serverDate) && Object.keys(value).length === 1) {
      const offset = typeof serverDate.offset === 'number' ? serverDate.offset : 0
      return new Date(now + offset)
    }
    const out: PlainObject = {}
    for (const [key, item] of Object.entries(value)) out[key] = decodeWireValue(item, now)
    return out
  }
  return value
}

/**
 * Names that reach an object's prototype when a path walker (mingo's updater, a `obj[key] = …`
 * copy) follows them: `{"$set": {"__proto__.x": 1}}` would otherwise change Object.prototype of
 * the whole server. No document of the cloud can have such a field, so no request may name one.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Throws INVALID_PARAM when any key (or any segment of a dotted key) of `value`, at any depth, is a prototype name. */
export function refusePrototypeKeys(value: unknown, where: string): void {
  if (Array.isArray(value)) {
    for (const item of value) refusePrototypeKeys(item, where)
    return
  }
  if (value === null || typeof value !== 'object' || !isPlainObject(value)) return
  for (const key of Object.keys(value)) {
    if (key.split('.').some((segment) => PROTOTYPE_KEYS.has(segment))) {
      throw new DbError('INVALID_PARAM', `${where}: field path ${JSON.stringify(key)} is not allowed (__proto__, constructor and prototype are reserved)`)
    }
    refusePrototypeKeys(value[key], where)
  }
}

/**
 * Parses one EJSON string from the SDK. Throws on malformed input (callers map it to
 * INVALID_PARAM), and refuses prototype names in field paths before anything walks them.
 */
export function parseWire(text: string, now: number, where = 'request'): unknown {
  const parsed: unknown = EJSON.parse(text, { relaxed: true })
  refusePrototypeKeys(parsed, where)
  return decodeWireValue(parsed, now)
}

/** Serialises a value the way the SDK's `EJSON.parse` reads it back (Dates as `$date`). */
export function toWire(value: unknown): string {
  return EJSON.stringify(value, { relaxed: true })
}

/** Deep copy that keeps Dates, RegExps and bson objects (immutable) intact. */
export function cloneValue<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (Array.isArray(value)) return value.map((item) => cloneValue(item)) as T
  if (isPlainObject(value)) {
    const out: PlainObject = {}
    for (const [key, item] of Object.entries(value)) out[key] = cloneValue(item)
    return out as T
  }
  return value
}

/**
 * A string that is equal for two values exactly when MongoDB's equality considers them equal
 * (for the types we store): used as the key of hash indexes. Type-tagged so that 1 and "1" differ.
 */
export function canonicalKey(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  if (typeof value === 'number') return `n:${value}`
  if (typeof value === 'string') return `s:${JSON.stringify(value)}`
  if (typeof value === 'boolean') return `b:${value}`
  if (value instanceof Date) return `d:${value.getTime()}`
  if (value instanceof RegExp) return `r:${value.toString()}`
  if (value instanceof ObjectId) return `o:${value.toHexString()}`
  if (Array.isArray(value)) return `a:[${value.map(canonicalKey).join(',')}]`
  if (isPlainObject(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalKey(v)}`)
      .join(',')}}`
  }
  return `x:${String(value)}`
}

export function isDocId(value: unknown): value is DocId {
  return typeof value === 'string' || typeof value === 'number'
}

/** Reads a dotted path (`a.b.c`) without array traversal (the value a unique index constrains). */
export function getPath(doc: unknown, path: string): unknown {
  let current: unknown = doc
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as PlainObject)[part]
  }
  return current
}

/**
 * Every value an equality query on `path` can match in `doc`, the way MongoDB's multikey indexes
 * see it: arrays met on the way are traversed, and an array value contributes both itself and its
 * elements. A missing field contributes null (`{f: null}` matches documents without `f`).
 */
export function equalityValues(doc: unknown, path: string): unknown[] {
  const found: unknown[] = []
  const walk = (current: unknown, parts: string[]): void => {
    const [head, ...rest] = parts
    if (head === undefined) {
      found.push(current)
      if (Array.isArray(current)) found.push(...current)
      return
    }
    if (Array.isArray(current)) {
      if (/^\d+$/.test(head)) walk(current[Number(head)], rest)
      for (const item of current) if (item !== null && typeof item === 'object') walk(item, parts)
      return
    }
    if (current === null || typeof current !== 'object') return
    walk((current as PlainObject)[head], rest)
  }
  walk(doc, path.split('.'))
  const present = found.filter((value) => value !== undefined)
  return present.length > 0 ? present : [null]
}
