import { randomInt } from 'node:crypto'
import type { TimelineEntry } from '../../types/community'
import { chinaDay, dayjs, inChina } from '../_shared/china-time'
import { _, db } from '../_shared/cloud'
import { isDuplicateKey } from '../_shared/db-errors'
import { AppError, forbidden, invalid } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { firstRow, updatedCount } from '../_shared/results'
import type { TimelineDoc } from './docs'
import { distanceM } from './geo'

/**
 * What reports and mediation requests share: ticket numbers, timelines, the station a record belongs
 * to, who on the staff may act on it, and the per-person daily limit.
 */

// No 0/O, 1/I: a ticket number is read out over the phone. 32 letters: 5 bits each.
const TICKET_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
/** 8 random characters, 40 bits from the system's cryptographic source: a ticket cannot be guessed. */
const TICKET_RANDOM_CHARS = 8

/** e.g. JB20261124-7KQ3-M9XP: the kind, the China day it was sent, eight random characters in two groups. */
export function newTicketNo(prefix: 'JB' | 'TJ', now = new Date()): string {
  let tail = ''
  for (let i = 0; i < TICKET_RANDOM_CHARS; i++) tail += TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)]
  return `${prefix}${chinaDay(now).replace(/-/g, '')}-${tail.slice(0, 4)}-${tail.slice(4)}`
}

/** Inserts a record under a fresh ticket number, drawing again if it is taken. */
export async function insertWithTicket(collection: string, prefix: 'JB' | 'TJ', doc: object): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const ticketNo = newTicketNo(prefix)
    try {
      await db.collection(collection).add({ data: { _id: ticketNo, ...doc } })
      return ticketNo
    } catch (error) {
      if (!isDuplicateKey(error) || attempt >= 5) throw error
    }
  }
}

export const toTimeline = (entries: TimelineDoc[]): TimelineEntry[] =>
  entries.map((e) => (e.note ? { status: e.status, at: new Date(e.at).toISOString(), note: e.note } : { status: e.status, at: new Date(e.at).toISOString() }))

export const iso = (value: Date | undefined) => (value ? new Date(value).toISOString() : undefined)

interface StationPlace {
  _id: string
  location?: { lat: number; lng: number }
}

/**
 * The station a resident's record goes to: the one named (it must exist), else the one nearest the
 * place given, else '' (no way to tell: admins route it).
 */
export async function stationFor(stationId: string | undefined, location: { lat: number; lng: number } | undefined): Promise<string> {
  if (stationId) {
    const found = await firstRow<StationPlace>(db.collection('stations').where({ _id: stationId }).limit(1).get())
    if (!found) throw invalid('没有找到该派出所', 'stationId')
    return stationId
  }
  if (!location) return ''
  // A district has tens of stations: one read of them all is cheaper than a geo index.
  const stations = (await db.collection('stations').limit(100).get()) as unknown as { data: StationPlace[] }
  let best: { id: string; d: number } | undefined
  for (const s of stations.data) {
    if (!s.location) continue
    const d = distanceM(location, s.location)
    if (!best || d < best.d) best = { id: s._id, d }
  }
  return best?.id ?? ''
}

/**
 * The station whose records a staff list shows: an officer sees only their own, whatever they ask;
 * asking for another station is refused rather than silently answered with their own.
 */
export function listStation(caller: Caller, asked: string | undefined): string | undefined {
  if (caller.role === 'admin') return asked
  if (asked && asked !== caller.stationId) throw forbidden('只能查看本所的记录')
  return caller.stationId ?? '\u0000none'
}

/** Refuses an officer acting on another station's record; admins act everywhere. */
export function requireOwnStation(caller: Caller, stationId: string): void {
  if (caller.role === 'admin') return
  if (caller.role !== 'officer' || !caller.stationId || caller.stationId !== stationId) throw forbidden('只能处理本所的记录')
}

/** The station a staff member writes to: an officer always their own, an admin the one they name. */
export function writeStation(caller: Caller, asked: string | undefined): string {
  if (caller.role === 'admin') {
    if (!asked) throw invalid('请选择派出所', 'stationId')
    return asked
  }
  if (!caller.stationId) throw forbidden('您的账号还没有绑定派出所')
  if (asked && asked !== caller.stationId) throw forbidden('只能管理本所的内容')
  return caller.stationId
}

/** Seconds until the next midnight in China, when a daily limit starts again. */
export function secondsToChinaMidnight(now = new Date()): number {
  const midnight = inChina(now).startOf('day').add(1, 'day')
  return Math.max(1, Math.ceil(midnight.diff(dayjs(now), 'millisecond') / 1000))
}

/**
 * Takes one of `max` uses of `family` for this person today (China day), or refuses with
 * RATE_LIMITED and the seconds until midnight. The count lives in one document per person and day,
 * raised by a conditional update, so concurrent calls can never take more than `max`.
 */
export async function takeDailyUse(family: string, openid: string, max: number, message: string, now = new Date()): Promise<void> {
  const day = chinaDay(now)
  const key = `${family}:${openid}:${day}`
  for (let attempt = 0; attempt < 3; attempt++) {
    const taken = await updatedCount(
      db
        .collection('rateLimits')
        .where({ _id: key, count: _.lt(max) })
        .update({ data: { count: _.inc(1) } }),
    )
    if (taken === 1) return
    const existing = await firstRow<{ count: number }>(db.collection('rateLimits').where({ _id: key }).limit(1).get())
    if (existing) throw new AppError('RATE_LIMITED', message, { retryAfter: secondsToChinaMidnight(now) })
    try {
      // Kept two days, long enough for the day it counts.
      await db.collection('rateLimits').add({ data: { _id: key, family, day, count: 1, expiresAt: new Date(now.getTime() + 2 * 86400000) } })
      return
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
  }
  throw new AppError('RATE_LIMITED', message, { retryAfter: secondsToChinaMidnight(now) })
}
