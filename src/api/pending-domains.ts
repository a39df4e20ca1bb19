import { callUntyped } from './index'

/**
 * The visits and fraud domains are not in types/ yet. Until they are, their calls go through
 * `callUntyped` and their answers are read here, field by field, into the small view shapes the pages
 * render. When a domain lands in the contract, `call` with its real output type replaces its reader.
 */

type Fields = Record<string, unknown>

function fields(value: unknown): Fields {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {}
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function firstText(source: Fields, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const found = text(source[key])
    if (found) return found
  }
  return undefined
}

// ── visits ────────────────────────────────────────────────────────────────────────────────────────

export interface VisitSessionView {
  sessionId: string
  place: string
  startAt?: string
  endAt?: string
  services: string[]
  seatsLeft?: number
}

function readSession(value: unknown, index: number): VisitSessionView {
  const source = fields(value)
  const capacity = count(source.capacity)
  const booked = count(source.booked) ?? count(source.bookedCount)
  return {
    sessionId: firstText(source, 'sessionId', 'id', '_id') ?? String(index),
    place: firstText(source, 'place', 'placeName', 'address', 'title') ?? '地点待定',
    startAt: firstText(source, 'startAt', 'startsAt', 'start'),
    endAt: firstText(source, 'endAt', 'endsAt', 'end'),
    services: Array.isArray(source.services) ? source.services.filter((s): s is string => typeof s === 'string') : [],
    seatsLeft: count(source.seatsLeft) ?? (capacity !== undefined && booked !== undefined ? Math.max(0, capacity - booked) : undefined),
  }
}

export async function listVisitSessions(): Promise<VisitSessionView[]> {
  const answer = fields(await callUntyped('visits', 'listSessions', {}))
  const items = Array.isArray(answer.items) ? answer.items : []
  return items.map(readSession)
}

// ── fraud ─────────────────────────────────────────────────────────────────────────────────────────

export interface DailyTipView {
  title?: string
  body: string
}

/** Answers null when there is no tip today. */
export async function fetchDailyTip(): Promise<DailyTipView | null> {
  const answer = fields(await callUntyped('fraud', 'dailyTip', {}))
  const tip = { ...answer, ...fields(answer.tip) }
  const body = firstText(tip, 'body', 'text', 'content')
  return body ? { title: firstText(tip, 'title'), body } : null
}
