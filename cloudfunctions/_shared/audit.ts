import type { Role } from '../../types/roles'
import { db } from './cloud'

/**
 * One line of the audit log: who (OPENID and role, with the officer's station), did what (function and
 * action), when, and on which record. The input's values are not copied (they may hold personal data):
 * only the names of the fields the call set.
 */
export interface AuditDoc {
  _id?: string
  at: Date
  actor: string
  role: Role
  stationId?: string
  fn: string
  action: string
  /** The record acted on, as `field=value` (e.g. `officerId=of-wang`), when the call names one. */
  target?: string
  fields: string[]
  /** `refused` for a call that was refused (FORBIDDEN); absent for one that went through. */
  outcome?: 'refused'
}

const TARGET_FIELD = /^(id|code|openid|ticketNo|[A-Za-z]+Id)$/
/** A refused call is logged before its input is validated: only id-shaped values and plain field names go in. */
const TARGET_VALUE = /^[\w.:@-]{1,80}$/
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/

/** The record a call is about: the first id-like field of its input, else of its answer. */
export function auditTarget(input: unknown, result: unknown): string | undefined {
  for (const source of [input, result]) {
    if (!source || typeof source !== 'object' || Array.isArray(source)) continue
    for (const [field, value] of Object.entries(source)) {
      if (TARGET_FIELD.test(field) && (typeof value === 'string' || typeof value === 'number') && TARGET_VALUE.test(String(value))) return `${field}=${value}`
    }
  }
  return undefined
}

/** The names of the fields a call set (never their values), at most 30. */
export function auditFields(input: unknown): string[] {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return []
  return Object.keys(input)
    .filter((field) => FIELD_NAME.test(field))
    .slice(0, 30)
}

export async function writeAudit(entry: Omit<AuditDoc, '_id' | 'at'>): Promise<void> {
  const doc = { ...entry, at: db.serverDate() }
  if (doc.stationId === undefined) delete doc.stationId
  if (doc.target === undefined) delete doc.target
  if (doc.outcome === undefined) delete doc.outcome
  await db.collection('auditLog').add({ data: doc })
}
