/**
 * What the trust tests know about the database: which record an id-like field of an action points at,
 * snapshots to compare, and the personal data it holds.
 */
import type { LocalDatabase } from '../../local/db'
import type { ActionRef, IdFiller } from './samples'

type Doc = Record<string, unknown> & { _id: string }
export type Snapshot = Record<string, Doc[]>

/** Record kinds by the word an action or field name uses for them. */
const KINDS: [word: string, collection: string][] = [
  ['watchPoint', 'watchPoints'],
  ['session', 'sessions'],
  ['booking', 'bookings'],
  ['roster', 'sessions'],
  ['request', 'visitRequests'],
  ['quiz', 'quizzes'],
  ['question', 'fraudQuestions'],
  ['mistake', 'fraudQuestions'],
  ['article', 'fraudArticles'],
  ['case', 'fraudCases'],
  ['tip', 'fraudTips'],
  ['notice', 'notices'],
  ['guide', 'guides'],
  ['mediation', 'mediations'],
  ['report', 'reports'],
  ['officer', 'officers'],
  ['station', 'stations'],
  ['plate', 'plates'],
  ['thread', 'messageThreads'],
]

function kindOf(name: string): string | undefined {
  const lower = name.toLowerCase()
  return KINDS.find(([word]) => lower.includes(word.toLowerCase()))?.[1]
}

/** Collections that change by design on any call, refused or not (per-person rate-limit counters). */
export const VOLATILE = new Set(['rateLimits'])

export function snapshot(db: LocalDatabase): Snapshot {
  return db.snapshot() as Snapshot
}

/** The lines of the audit log that record a refused call: a refusal leaves one, and changes nothing else. */
export const isRefusal = (doc: Doc) => doc.outcome === 'refused'

/** The collections whose content differs between two snapshots, ignoring VOLATILE ones and audited refusals. */
export function changedCollections(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  const kept = (name: string, snap: Snapshot) => (snap[name] ?? []).filter((doc) => name !== 'auditLog' || !isRefusal(doc))
  return [...names].filter((name) => !VOLATILE.has(name) && JSON.stringify(kept(name, before)) !== JSON.stringify(kept(name, after))).sort()
}

export interface FillOptions {
  /** Prefer records of this station. */
  stationId?: string
  /** Prefer records that are not this person's. */
  notOwnedBy?: string
  /** Take the nth fitting record (wrapping around), to try another when the first will not do. */
  nth?: number
}

/**
 * Fills id-like fields of `ref`'s input with ids of real records: `stationId`, `code` (a plate),
 * `<kind>Id`, `id` and `ticketNo` (the kind told by the action's name), `checkinCode`, `openid`.
 */
export function idFiller(snap: Snapshot, ref: ActionRef, options: FillOptions = {}): IdFiller {
  const pick = (collection: string | undefined): Doc | undefined => {
    if (!collection) return undefined
    const docs = snap[collection] ?? []
    const fits = (d: Doc) =>
      (!options.stationId || d.stationId === undefined || d.stationId === options.stationId) && (!options.notOwnedBy || d.openid !== options.notOwnedBy)
    const fitting = docs.filter(fits)
    if (fitting.length === 0) return docs[0]
    return fitting[(options.nth ?? 0) % fitting.length]
  }
  return (field: string) => {
    if (field === 'stationId') return options.stationId ?? pick('stations')?._id
    if (field === 'code' || field === 'plateCode') return pick('plates')?._id
    if (field === 'checkinCode') return pick('bookings')?.checkinCode as string | undefined
    if (field === 'openid' || field === 'actor') {
      const holder = ['bookings', 'reports', 'mediations', 'quizzes'].map((c) => pick(c)).find((d) => typeof d?.openid === 'string')
      return holder?.openid as string | undefined
    }
    if (field === 'id' || field === 'ticketNo') return pick(kindOf(ref.action))?._id
    const idOf = /^(.+)Id$/.exec(field)?.[1]
    if (idOf !== undefined) return pick(kindOf(idOf) ?? kindOf(ref.action))?._id
    return undefined
  }
}
