/**
 * Inputs made from the contract's zod schemas: a valid sample of each action (ids filled from the
 * database where the field name says what it points at), and seeded malformed variants of it.
 */
import type { z } from 'zod'
import { contract } from '../../types'
import type { ActionSpec } from '../../types/action'
import { nth } from '../list-items'

export interface ActionRef {
  fn: string
  action: string
  spec: ActionSpec
}

/** Every action of every function in the contract, as registered now. */
export function allActions(): ActionRef[] {
  return Object.entries(contract).flatMap(([fn, actions]) =>
    Object.entries(actions as Record<string, ActionSpec>).map(([action, spec]) => ({ fn, action, spec })),
  )
}

/** A small seeded PRNG (mulberry32): the same seed gives the same events on every run. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => nth(items, Math.floor(next() * items.length), 'a sample to pick'),
  }
}

/** Values for id-like fields, by field name; the filler knows the database. */
/** `level`: how many objects deep the field is (1 for the input's own fields). */
export type IdFiller = (field: string, level?: number) => string | undefined

type AnyDef = { typeName: string; [key: string]: unknown }
const def = (schema: z.ZodTypeAny) => schema._def as AnyDef

const STRING_CANDIDATES = [
  '南关社区',
  '城关派出所 民主路 88 号',
  '13800001234',
  '0931-8123456',
  '2026-12-01',
  '2026-12-01T09:00:00+08:00',
  'https://example.com/a.png',
  'abc123',
  'NGSQ234X',
  'oResidentOpenid0000000000001',
  '110',
  'a',
]

/**
 * A value the schema accepts, or undefined when none is found. Optional fields are filled too, so that
 * a sample reaches as much of the handler as it can.
 */
export function validSample(schema: z.ZodTypeAny, fill: IdFiller, field = '', depth = 0, level = 0): unknown {
  if (depth > 8) return undefined
  const d = def(schema)
  switch (d.typeName) {
    case 'ZodObject': {
      const shape = (schema as z.AnyZodObject).shape as Record<string, z.ZodTypeAny>
      const out: Record<string, unknown> = {}
      for (const [key, child] of Object.entries(shape)) {
        // Paging fields and free-form notes are left to their defaults.
        if (key === 'cursor') continue
        const value = validSample(child, fill, key, depth + 1, level + 1)
        if (value !== undefined) out[key] = value
      }
      return out
    }
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
    case 'ZodCatch':
    case 'ZodReadonly':
    case 'ZodBranded':
      return validSample((d.innerType ?? d.type) as z.ZodTypeAny, fill, field, depth + 1, level)
    case 'ZodEffects':
      return validSample(d.schema as z.ZodTypeAny, fill, field, depth + 1, level)
    case 'ZodPipeline':
      return validSample(d.in as z.ZodTypeAny, fill, field, depth + 1, level)
    case 'ZodLazy':
      return validSample((d.getter as () => z.ZodTypeAny)(), fill, field, depth + 1)
    case 'ZodString':
      return sampleString(schema, fill, field, level)
    case 'ZodNumber':
      return sampleNumber(schema, field)
    case 'ZodBigInt':
      return undefined
    case 'ZodBoolean':
      return true
    case 'ZodLiteral':
      return d.value
    case 'ZodEnum':
      return (d.values as string[])[0]
    case 'ZodNativeEnum':
      return Object.values(d.values as object)[0]
    case 'ZodArray': {
      const item = validSample(d.type as z.ZodTypeAny, fill, singular(field), depth + 1, level)
      const min = (d.minLength as { value: number } | null)?.value ?? (d.exactLength as { value: number } | null)?.value ?? 1
      if (item === undefined) return min === 0 ? [] : undefined
      return Array.from({ length: Math.max(1, min) }, (_, i) => (typeof item === 'string' && min > 1 ? distinct(item, i) : item))
    }
    case 'ZodTuple':
      return (d.items as z.ZodTypeAny[]).map((s) => validSample(s, fill, field, depth + 1, level))
    case 'ZodUnion':
    case 'ZodDiscriminatedUnion': {
      const options = (Array.isArray(d.options) ? d.options : [...(d.options as Map<unknown, z.ZodTypeAny>).values()]) as z.ZodTypeAny[]
      for (const option of options) {
        const value = validSample(option, fill, field, depth + 1, level)
        if (value !== undefined && option.safeParse(value).success) return value
      }
      return undefined
    }
    case 'ZodRecord':
      return {}
    case 'ZodIntersection': {
      const left = validSample(d.left as z.ZodTypeAny, fill, field, depth + 1, level)
      const right = validSample(d.right as z.ZodTypeAny, fill, field, depth + 1, level)
      return typeof left === 'object' && typeof right === 'object' ? { ...left, ...right } : left
    }
    case 'ZodAny':
    case 'ZodUnknown':
      return 'x'
    default:
      return undefined
  }
}

const singular = (field: string) => field.replace(/ies$/, 'y').replace(/s$/, '')
const distinct = (value: string, i: number) =>
  i === 0 ? value : value.length > 1 ? value.slice(0, -1) + String.fromCharCode(value.charCodeAt(value.length - 1) + i) : value

function sampleString(schema: z.ZodTypeAny, fill: IdFiller, field: string, level: number): string | undefined {
  const hinted = fill(field, level)
  const byName = /phone|tel|mobile|contact/i.test(field)
    ? ['13800001234']
    : /day|date/i.test(field)
      ? ['2026-12-01', '2026-12-01T09:00:00+08:00']
      : /at$|time|starts|ends|opens/i.test(field)
        ? ['2026-12-01T09:00:00+08:00', '09:00', '2026-12-01']
        : /url/i.test(field)
          ? ['https://example.com/a.png']
          : []
  const candidates = [...(hinted ? [hinted] : []), ...byName, ...STRING_CANDIDATES]
  for (const value of candidates) if (schema.safeParse(value).success) return value
  // Lengths: a string of exactly the minimum of plain characters.
  const checks = (def(schema).checks ?? []) as { kind: string; value?: number }[]
  const min = checks.find((c) => c.kind === 'min')?.value ?? 1
  const plain = '测'.repeat(Math.max(1, min))
  return schema.safeParse(plain).success ? plain : undefined
}

function sampleNumber(schema: z.ZodTypeAny, field: string): number | undefined {
  const checks = (def(schema).checks ?? []) as { kind: string; value?: number; inclusive?: boolean }[]
  const min = checks.find((c) => c.kind === 'min')
  const max = checks.find((c) => c.kind === 'max')
  const preferred = /limit/i.test(field) ? [5] : []
  const candidates = [...preferred, min ? min.value! + (min.inclusive ? 0 : 1) : 1, 1, 0, max ? max.value! - (max.inclusive ? 0 : 1) : 10, 36.06, 103.83]
  for (const value of candidates) if (schema.safeParse(value).success) return value
  return undefined
}

/** A valid input for the action, or undefined when the generator cannot satisfy its schema. */
export function validInput(ref: ActionRef, fill: IdFiller): Record<string, unknown> | undefined {
  const value = validSample(ref.spec.input, fill)
  if (value === undefined || typeof value !== 'object' || value === null) return undefined
  const accepts = (v: object) => ref.spec.input.safeParse(v).success
  if (accepts(value)) return value as Record<string, unknown>
  // A refinement across fields (e.g. "anonymous reports take no contact"): flip a boolean or leave one
  // field out, whichever the schema accepts first.
  const sample = value as Record<string, unknown>
  for (const key of Object.keys(sample)) {
    if (typeof sample[key] === 'boolean' && accepts({ ...sample, [key]: !sample[key] })) return { ...sample, [key]: !sample[key] }
  }
  for (const key of Object.keys(sample)) {
    const { [key]: _left, ...rest } = sample
    if (accepts(rest)) return rest
  }
  return undefined
}
