import type { LimitFamily } from '../../types/action'
import { MEDIATIONS_PER_DAY, REPORTS_PER_DAY } from '../../types/community-words'
import { _, db } from './cloud'
import { isDuplicateKey } from './db-errors'
import { AppError } from './errors'
import { updatedCount } from './results'

/**
 * The families counters are kept in: the router's per-action families, and the per-person daily
 * quotas of tickets (a report, a mediation request) that their handlers take.
 */
export type CounterFamily = LimitFamily | 'reportsPerDay' | 'mediationsPerDay'

interface Limit {
  max: number
  windowSeconds: number
  /** Windows start at midnight of this UTC offset: +8 h makes a day window China's calendar day (no DST). */
  alignHours?: number
  /** What the refused caller reads, when the general 操作太频繁 does not say enough. */
  refusal?: string
}

const CHINA_OFFSET_HOURS = 8

/** How many calls one person (or one client address, without a person) may make per family in one fixed window. */
export const RATE_LIMITS: Record<CounterFamily, Limit> = {
  lookup: { max: 300, windowSeconds: 60 },
  write: { max: 60, windowSeconds: 60 },
  report: { max: 20, windowSeconds: 3600 },
  reportsPerDay: {
    max: REPORTS_PER_DAY,
    windowSeconds: 86400,
    alignHours: CHINA_OFFSET_HOURS,
    refusal: `每人每天最多提交 ${REPORTS_PER_DAY} 条举报，请明天再来。紧急情况请直接拨打 110。`,
  },
  mediationsPerDay: {
    max: MEDIATIONS_PER_DAY,
    windowSeconds: 86400,
    alignHours: CHINA_OFFSET_HOURS,
    refusal: `每人每天最多提交 ${MEDIATIONS_PER_DAY} 次调解申请，请明天再来。`,
  },
}

/**
 * A counter of one caller's calls in one family and window, kept in `rateLimits` until it expires.
 * `subject` is who is counted: a person's OPENID, or `ip:<address>` for calls without one. Counters
 * are security records, not the person's data: deleting one's data leaves them, so that a deletion
 * never buys a fresh allowance (they expire with their window anyway).
 */
export interface RateLimitDoc {
  _id: string
  subject: string
  family: CounterFamily
  count: number
  windowStart: Date
  expiresAt: Date
}

const counters = () => db.collection('rateLimits')

/** The id of `subject`'s counter in `family` for the window starting at `windowStart` (ms): one document per window. */
export const counterId = (family: CounterFamily, windowStart: number, subject: string) => `${family}:${windowStart}:${subject}`

const tooMany = (limit: Limit, retryAfter: number) => new AppError('RATE_LIMITED', limit.refusal ?? `操作太频繁，请 ${retryAfter} 秒后再试`, { retryAfter })

/**
 * Counts one call of `subject` (an OPENID, or see `addressSubject`) in `family`, or answers
 * RATE_LIMITED with `retryAfter`, the seconds until the window ends.
 *
 * Counters live in the database, not in a worker's memory: the cloud runs many instances of a function
 * (the local cloud a pool of workers), and a limit each kept alone would be a limit per instance. The
 * common case is one request: the counter's creation for a person's first call of the window (see
 * `seenCounters`), then an increment that only matches while under the limit.
 *
 * `inMemory` is for signed-in reads of public actions (a plate scan, the session list): the person
 * could as well drop the token and be counted by address (in the database, see the router), so a
 * per-person counter in the database would cost every scan a request and stop no one; a per-instance
 * counter still slows down a scraper that keeps its token.
 */
export async function consumeRateLimit(subject: string, family: CounterFamily, options: { inMemory?: boolean; now?: number } = {}): Promise<void> {
  const now = options.now ?? Date.now()
  const limit = RATE_LIMITS[family]
  const { max } = limit
  const windowMs = limit.windowSeconds * 1000
  const alignMs = (limit.alignHours ?? 0) * 3600 * 1000
  const windowStart = Math.floor((now + alignMs) / windowMs) * windowMs - alignMs
  if (options.inMemory) return consumeInMemory(`${family}:${subject}`, limit, windowStart, windowMs, now)
  const _id = counterId(family, windowStart, subject)
  const increment = async () =>
    updatedCount(
      counters()
        .where({ _id, count: _.lt(max) })
        .update({ data: { count: _.inc(1) } }),
    )
  /** Makes the counter at 1; false when it exists already (the id is unique). */
  const create = async (): Promise<boolean> => {
    const doc: RateLimitDoc = { _id, subject, family, count: 1, windowStart: new Date(windowStart), expiresAt: new Date(windowStart + windowMs) }
    try {
      await counters().add({ data: doc })
      return true
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
      return false
    }
  }

  if (!seenCounters.has(_id)) {
    noteCounter(_id)
    if (await create()) return
  } else {
    if ((await increment()) === 1) return
    // Gone since this instance saw it (deleted with its person's data): made again.
    if (await create()) return
  }
  // Made by another call: count on it, unless the limit is reached.
  if ((await increment()) === 1) return
  throw tooMany(limit, secondsLeft(windowStart, windowMs, now))
}

/**
 * The counters this instance has made or counted on (their ids carry their window). One it has not
 * seen is most often one nobody has made yet, a person's first write in the window: it is created
 * first, one request instead of an increment that finds nothing followed by the creation. When another
 * instance made it already, the creation fails on the unique id and the call counts on it as before.
 * Only a hint: forgetting it costs a request, never a wrong count.
 */
const seenCounters = new Set<string>()

function noteCounter(id: string) {
  if (seenCounters.size >= 10_000) seenCounters.clear()
  seenCounters.add(id)
}

const secondsLeft = (windowStart: number, windowMs: number, now: number) => Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000))

const local = new Map<string, { windowStart: number; count: number }>()

function consumeInMemory(key: string, limit: Limit, windowStart: number, windowMs: number, now: number): void {
  const entry = local.get(key)
  if (!entry || entry.windowStart !== windowStart) {
    // A new window: forget every counter of earlier ones, so the map stays as small as one window's callers.
    if (entry === undefined && local.size > 10_000) for (const [k, v] of local) if (v.windowStart !== windowStart) local.delete(k)
    local.set(key, { windowStart, count: 1 })
    return
  }
  if (entry.count >= limit.max) throw tooMany(limit, secondsLeft(windowStart, windowMs, now))
  entry.count += 1
}

/**
 * The subject a call without an OPENID is counted as: the client address the platform reports
 * (`getWXContext().CLIENTIP`). Calls whose address is unknown share one counter, so that dropping
 * the token and the address together buys nothing.
 */
export function addressSubject(clientIp: unknown): string {
  return typeof clientIp === 'string' && clientIp.length > 0 && clientIp.length <= 64 ? `ip:${clientIp}` : 'ip:unknown'
}

/** Removes counters whose window is over (run by the privacy function's daily timer). */
export async function purgeExpiredRateLimits(now: Date): Promise<number> {
  const removed = (await counters()
    .where({ expiresAt: _.lt(now) })
    .remove()) as unknown as { stats: { removed: number } }
  return removed.stats.removed
}
