import { z } from 'zod'
import type { Access, Scope } from './roles'

/** The action families rate limits are counted in, per person (see cloudfunctions/_shared/rate-limit.ts). */
export type LimitFamily = 'lookup' | 'write' | 'report'

/** One action of a cloud function: who may call it, what it takes, what it answers. */
export interface ActionSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  access: Access
  input: I
  output: O
  /** One line, in English, for the registry and the generated docs. */
  summary: string
  /**
   * The rate-limit family of a resident's calls, or `false` for none. When left out it follows from the
   * name: reads (get…, list…, lookup…, whoami, stats…) are lookups, report…/mediation… are reports,
   * anything else a write. Staff and admin actions are not limited (they are audited instead).
   */
  limit?: LimitFamily | false
  /**
   * Whether a successful call is written to the audit log. When left out: every export (export…) and
   * every staff or admin action that is not a read (see `limit`). A read that shows residents' full
   * personal data (a roster, the reports with callers' numbers) declares `audit: true`. Refused staff
   * calls are audited whatever this says (outcome `refused`, see the router).
   */
  audit?: boolean
  /**
   * For staff actions: `station` (the default) means an officer acts only on their own station's data,
   * and the router refuses an officer whose input names another station's `stationId`; `global` marks
   * staff data every station shares (e.g. the officer directory).
   */
  scope?: Scope
}

export type DomainSpec = Record<string, ActionSpec>

/** Keeps each action's literal types while checking its shape. */
export function defineActions<D extends DomainSpec>(actions: D): D {
  return actions
}

const READ = /^(get|list|lookup|whoami|stats|search|find|count|my|export|qrcode|read|today|daily|nearby|show)/i
const REPORT = /(report|mediat|clue)/i

/** Whether an action only reads, judged from its name (the convention every domain follows). */
export function isReadAction(action: string): boolean {
  return READ.test(action)
}

/** The family a resident's call to this action counts in, or undefined for none. */
export function limitFamily(action: string, spec: Pick<ActionSpec, 'access' | 'limit'>): LimitFamily | undefined {
  if (spec.limit === false) return undefined
  if (spec.limit) return spec.limit
  if (spec.access === 'staff' || spec.access === 'admin') return undefined
  if (isReadAction(action)) return 'lookup'
  return REPORT.test(action) ? 'report' : 'write'
}

/** Whether a successful call is audited. */
export function isAudited(action: string, spec: Pick<ActionSpec, 'access' | 'audit'>): boolean {
  if (spec.audit !== undefined) return spec.audit
  // Exports of data (a roster, my data) are audited whoever makes them.
  if (/^export/i.test(action)) return true
  return (spec.access === 'staff' || spec.access === 'admin') && !isReadAction(action)
}
