import { z } from 'zod'
import type { Access, Scope } from './roles'

/**
 * What an action does, declared by the action (never guessed from its name, so renaming an action
 * cannot change its security): `read` changes nothing; `write` changes data; `report` is a request
 * that reaches a person or costs much (a clue report, a mediation, a message to an officer, a data
 * export or deletion), counted in the tightest family.
 */
export type ActionKind = 'read' | 'write' | 'report'

/** The action families rate limits are counted in, per person (see cloudfunctions/_shared/rate-limit.ts). */
export type LimitFamily = 'lookup' | 'write' | 'report'

/** One action of a cloud function: who may call it, what it does, what it takes, what it answers. */
export interface ActionSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  access: Access
  /** Read, write or report: a resident's call counts in the rate-limit family of its kind (see `limitFamily`). */
  kind: ActionKind
  /**
   * Whether a successful call is written to the audit log: staff and admin changes, every export, and a
   * read that shows residents' full personal data (a roster, the reports with callers' numbers). Refused
   * staff calls are audited whatever this says (outcome `refused`, see the router).
   */
  audit: boolean
  input: I
  output: O
  /** One line, in English, for the registry and the generated docs. */
  summary: string
  /**
   * `false` when the handler counts the calls itself with a limit of its own (e.g. 5 reports per person
   * per China day); otherwise a resident's call counts in the family of its `kind`. `'inMemory'`: the
   * router counts a signed-in call per instance only, and the handler takes the database counter once
   * it is about to write, for an action whose common answer is a refusal that writes nothing (a booking
   * of a full session), or needs none because a repeated call writes nothing new (a scan's hourly mark).
   */
  limit?: false | 'inMemory'
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

const FAMILY_OF_KIND: Record<ActionKind, LimitFamily> = { read: 'lookup', write: 'write', report: 'report' }

/**
 * The family a resident's call to this action counts in, or undefined for none. Staff and admin
 * actions are not limited (they are audited instead).
 */
export function limitFamily(spec: Pick<ActionSpec, 'access' | 'kind' | 'limit'>): LimitFamily | undefined {
  if (spec.limit === false) return undefined
  if (spec.access === 'staff' || spec.access === 'admin') return undefined
  return FAMILY_OF_KIND[spec.kind]
}
