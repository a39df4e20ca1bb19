/**
 * Seeded malformed events: each takes an action's valid sample and breaks it one way (wrong types,
 * missing and extra fields, huge strings, deep objects (past the gateway's 400 levels too), unicode
 * oddities, negative and enormous numbers, invalid dates, ids of other kinds, prototype keys and dotted
 * paths through them, anywhere in the data), or breaks the event itself. MALFORMED_URLS are requests
 * the gateway gets wrong-shaped before any event.
 */
import type { ActionRef } from './samples'
import { last } from '../list-items'

export type Rng = ReturnType<typeof import('./samples').prng>

export interface BadEvent {
  fn: string
  /** The action whose input was broken (for event-level breakage, the action it was aimed at). */
  target: string
  kind: string
  event: unknown
}

type Path = (string | number)[]

const UNICODE_ODDITIES = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udc00x',
  '\u202e南关社区',
  '\u200b\u200b',
  '\ufeff',
  'e\u0301\u0301\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦'.repeat(50),
  'ＡＢＣ１２３',
  '\r\n\t',
  '\u2028\u2029',
  '\u001b[31mred',
  'ﷺ'.repeat(100),
  '𠮷野家',
  ' ',
  '',
]

const ODD_NUMBERS = [-1, -0.5, 0.5, -1e308, 1e308, 2 ** 53 + 1, -(2 ** 53) - 1, 1e-320, 4294967296, -2147483649]

const INVALID_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-12-01T25:61:00+08:00',
  '0000-00-00',
  '+275760-09-13T00:00:00.001Z',
  'yesterday',
  '2026/12/01',
  '1e12',
  '2026-12-01T09:00:00',
  '9999-99-99T99:99:99+99:99',
]

const OTHER_KIND_IDS = [
  'NGSQ234X',
  'st-chengguan',
  'of-wang',
  'demo-admin',
  '../../etc/passwd',
  '$where',
  '{"$gt":""}',
  'a'.repeat(65),
  '0',
  '-1',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
]

/** Keys that reach Object.prototype when a path walker or a merge trusts them. */
const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'a.__proto__.polluted',
  'prototype.polluted',
]

/** `{[key]: value}` with `key` an own property, as JSON.parse makes `__proto__` (an object literal would set the prototype). */
function ownKey(key: string, value: unknown): Record<string, unknown> {
  return JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Record<string, unknown>
}

const INJECTIONS: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  { _id: { $exists: true } },
  ['$or'],
  { $set: ownKey('__proto__.polluted', 'yes') },
  ownKey('__proto__', { polluted: 'yes' }),
  { constructor: { prototype: { polluted: 'yes' } } },
]

const OTHER_TYPES = (value: unknown, rng: Rng): unknown => {
  const options: unknown[] = [null, true, false, 0, 1, -1, 'x', '', [], [1, 2], {}, { a: 1 }, ...INJECTIONS]
  let pick = rng.pick(options)
  for (let i = 0; i < 5 && typeof pick === typeof value && Array.isArray(pick) === Array.isArray(value); i++) pick = rng.pick(options)
  return pick
}

function leafPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
    if (path.length > 0) out.push(path)
    for (const [k, v] of entries) leafPaths(v, [...path, k], out)
  } else if (path.length > 0) out.push(path)
  return out
}

/**
 * Follows own properties only. The events carry own `__proto__` keys; once one is removed, reading
 * `x.__proto__` would reach Object.prototype itself, and the next breakage written there would pollute
 * this test process (every later schema check would then see an extra key and fail).
 */
function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<string | number, unknown>)[k] : undefined),
    root,
  )
}

const isContainer = (value: unknown): value is Record<string | number, unknown> => value !== null && typeof value === 'object'

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1))
  if (!isContainer(parent)) return
  // defineProperty: a key named `__proto__` stays an own key, as JSON.parse makes it.
  Object.defineProperty(parent, last(path), { value, enumerable: true, configurable: true, writable: true })
}

function removeAt(root: unknown, path: Path): void {
  const parent = getAt(root, path.slice(0, -1))
  if (!isContainer(parent)) return
  if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1)
  else delete parent[last(path)]
}

function deep(depth: number, rng: Rng): unknown {
  let value: unknown = rng.pick(['x', 1, null, true])
  for (let i = 0; i < depth; i++) value = rng.next() < 0.5 ? { a: value } : [value]
  return value
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** One malformed event aimed at `ref`, from its valid sample `base`. */
export function breakEvent(ref: ActionRef, base: Record<string, unknown>, rng: Rng): BadEvent {
  const data = clone(base)
  const paths = leafPaths(data)
  const strings = paths.filter((p) => typeof getAt(data, p) === 'string')
  const numbers = paths.filter((p) => typeof getAt(data, p) === 'number')
  const ids = strings.filter((p) => /(^id$|Id$|^code$|^ticketNo$|openid|checkinCode)/.test(String(p[p.length - 1])))
  const dates = strings.filter((p) => /date|day|at$|time|starts|ends|from|to$/i.test(String(p[p.length - 1])))
  const some = (list: Path[]) => (list.length > 0 ? rng.pick(list) : paths.length > 0 ? rng.pick(paths) : undefined)
  const wrap = (kind: string, d: unknown): BadEvent => ({ fn: ref.fn, target: ref.action, kind, event: { action: ref.action, data: d } })

  switch (rng.int(13)) {
    case 0: {
      const p = some(paths)
      if (!p) return wrap('extra-field', { ...data, unexpected: 1 })
      setAt(data, p, OTHER_TYPES(getAt(data, p), rng))
      return wrap('wrong-type', data)
    }
    case 1: {
      const top = Object.keys(data)
      if (top.length === 0) return wrap('extra-field', { surplus: 'x' })
      delete data[rng.pick(top)]
      return wrap('missing-field', data)
    }
    case 2:
      data[rng.pick(['role', 'openid', '_openid', 'stationId_', 'isAdmin', 'unexpected', 'data', 'action'])] = rng.pick(['admin', true, 1, { $gt: '' }])
      return wrap('extra-field', data)
    case 3: {
      const p = some(strings)
      const huge = rng.pick(['x', '测', '😀']).repeat(rng.pick([2_000, 10_000, 20_000]))
      if (p) setAt(data, p, huge)
      else data.huge = huge
      return wrap('huge-string', data)
    }
    case 4: {
      const p = some(paths)
      // Past 400 levels the gateway refuses the body (4,000 nested arrays once took the server down).
      // Two breakages can stack two of these: 2,000 each stays within what JSON.stringify here can write.
      const nested = deep(rng.pick([20, 200, 401, 1000, 2000]), rng)
      if (p) setAt(data, p, nested)
      else data.deep = nested
      return wrap('deep-object', data)
    }
    case 5: {
      const p = some(strings)
      const odd = rng.pick(UNICODE_ODDITIES)
      if (p) setAt(data, p, rng.next() < 0.5 ? odd : `${String(getAt(data, p))}${odd}`)
      else data.text = odd
      return wrap('unicode', data)
    }
    case 6: {
      const p = some(numbers)
      if (p) setAt(data, p, rng.pick(ODD_NUMBERS))
      else data.limit = rng.pick(ODD_NUMBERS)
      return wrap('odd-number', data)
    }
    case 7: {
      const p = some(dates)
      if (p) setAt(data, p, rng.pick(INVALID_DATES))
      else data.date = rng.pick(INVALID_DATES)
      return wrap('invalid-date', data)
    }
    case 8: {
      const p = some(ids)
      const other = rng.next() < 0.3 ? rng.pick(INJECTIONS) : rng.pick(OTHER_KIND_IDS)
      if (p) setAt(data, p, other)
      else data.id = other
      return wrap('other-kind-id', data)
    }
    case 9: {
      const p = some(paths)
      if (p) removeAt(data, p)
      // At the top of the data or inside one of its objects; plain keys and dotted field paths.
      const objects = paths.filter((q) => {
        const v = getAt(data, q)
        return v !== null && typeof v === 'object' && !Array.isArray(v)
      })
      const holder = (objects.length > 0 && rng.next() < 0.4 ? getAt(data, rng.pick(objects)) : data) as Record<string, unknown>
      // defineProperty, so that `__proto__` becomes an own key (as JSON.parse makes it), not the prototype.
      Object.defineProperty(holder, rng.pick(PROTOTYPE_KEYS), {
        value: rng.pick([{ role: 'admin' }, { prototype: { admin: true } }, ownKey('__proto__', { polluted: 'yes' }), 'x', null]),
        enumerable: true,
        configurable: true,
        writable: true,
      })
      return wrap('prototype-key', data)
    }
    case 10:
      return wrap('whole-data', rng.pick<unknown>([null, [], [data], 'data', 42, true, '{}', { data }]))
    case 11:
      return {
        fn: ref.fn,
        target: ref.action,
        kind: 'bad-action',
        event: {
          action: rng.pick<unknown>([
            undefined,
            '',
            42,
            null,
            ['list'],
            { $ne: '' },
            `${ref.action}X`,
            ref.action.toUpperCase(),
            '__proto__',
            'constructor',
            'toString',
            'hasOwnProperty',
            'a'.repeat(41),
            `${ref.action} `,
            `../${ref.action}`,
          ]),
          data,
        },
      }
    default: {
      // Two breakages at once.
      const first = breakEvent(ref, base, rng)
      const again = first.event as { action: unknown; data: unknown }
      const inner = again.data && typeof again.data === 'object' && !Array.isArray(again.data) ? (again.data as Record<string, unknown>) : {}
      const second = breakEvent(ref, inner, rng)
      return { ...second, kind: `${first.kind}+${second.kind}` }
    }
  }
}

/** Whether the event is malformed for the contract: its action unknown, or its data refused by the schema. */
export function isMalformed(ref: ActionRef, event: unknown): boolean {
  const e = event as { action?: unknown; data?: unknown }
  if (e.action !== ref.action) return true
  // What the function will see: the event after a JSON round trip.
  const data = JSON.parse(JSON.stringify({ d: e.data ?? {} })).d as unknown
  return !ref.spec.input.safeParse(data).success
}

/** Request targets and methods that are wrong before any body: bad escapes, traversal, odd names. */
export const MALFORMED_URLS: { method: string; path: string }[] = [
  '/%E0%A4%A',
  '/p/%E0%A4%A',
  '/api/functions/%E0%A4%A',
  '/%',
  '/%%',
  '/%zz',
  '/%00',
  '/p/%00',
  '/p/%C0%AE%C0%AE',
  `/p/${'x'.repeat(65)}`,
  '/p/',
  '/..%2f..%2fpackage.json',
  '/%2e%2e/%2e%2e/package.json',
  '/static/../../package.json',
  '/api/functions/org%2F..%2Fprivacy',
  '/api/functions/__proto__',
  '/api/functions/constructor',
  '/api/functions/_worker',
  '/api/functions/',
  '/api/functions/org/extra',
  '/api/login/%E0%A4%A',
  '/api/%E0%A4%A',
  '/admin',
  '//evil.example/',
  '/?as=%E0%A4%A',
  `/${'a'.repeat(4000)}`,
].flatMap((path) => ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'].map((method) => ({ method, path })))
