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
}

const TARGET_FIELD = /^(id|code|openid|[A-Za-z]+Id)$/

/** The record a call is about: the first id-like field of its input, else of its answer. */
export function auditTarget(input: unknown, result: unknown): string | undefined {
  for (const source of [input, result]) {
    if (!source || typeof source !== 'object' || Array.isArray(source)) continue
    for (const [field, value] of Object.entries(source)) {
      if (TARGET_FIELD.test(field) && (typeof value === 'string' || typeof value === 'number')) return `${field}=${String(value).slice(0, 80)}`
    }
  }
  return undefined
}

export async function writeAudit(entry: Omit<AuditDoc, '_id' | 'at'>): Promise<void> {
  const doc = { ...entry, at: db.serverDate() }
  if (doc.stationId === undefined) delete doc.stationId
  if (doc.target === undefined) delete doc.target
  await db.collection('auditLog').add({ data: doc })
}
