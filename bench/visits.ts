import { Agent } from 'node:http'
import type { LocalCloud } from '../local/cloud'
import { send } from './http-client'
import { quantile } from './quantiles'

export interface BookingRace {
  attempts: number
  seats: number
  booked: number
  full: number
  other: number
  /** Active bookings beyond the capacity: must be 0. */
  oversold: number
  /** The session's own count disagreeing with its bookings: must be 0. */
  countDrift: number
  p50: number
  p99: number
}

/** A published session of `seats` seats, open for booking, starting tomorrow. */
export async function seedSession(cloud: LocalCloud, seats: number): Promise<string> {
  const now = Date.now()
  const sessionId = `bench-session-${now}-${seats}`
  await cloud.db.insertMany('sessions', [
    {
      _id: sessionId,
      stationId: 'bench-station',
      stationName: '基准派出所',
      title: '基准流动警务室',
      place: { name: '基准广场', address: '基准路 1 号' },
      startsAt: new Date(now + 86_400_000),
      endsAt: new Date(now + 86_400_000 + 7_200_000),
      bookingOpensAt: new Date(now - 60_000),
      capacity: seats,
      booked: 0,
      nextQueueNo: 1,
      services: ['户籍咨询'],
      status: 'published',
      createdBy: 'bench',
      createdAt: new Date(now),
      updatedAt: new Date(now),
    },
  ])
  return sessionId
}

/** The booking a resident sends for `sessionId`. */
export const bookingOf = (sessionId: string) => ({ action: 'book', data: { sessionId, matter: '户籍咨询' } })

/**
 * `attempts` different residents book one session of `seats` seats at the same moment, through the
 * gateway and the genuine SDK, as the app does.
 */
export async function raceBookings(cloud: LocalCloud, attempts: number, seats: number): Promise<BookingRace> {
  const sessionId = await seedSession(cloud, seats)
  const { codes, p50, p99 } = await crowdBooks(cloud, sessionId, attempts)
  const snapshot = cloud.db.snapshot()
  const active = (snapshot.bookings as Array<{ sessionId: string; status: string }>).filter((b) => b.sessionId === sessionId && b.status === 'booked').length
  const session = (snapshot.sessions as Array<{ _id: string; booked: number }>).find((s) => s._id === sessionId)
  const booked = codes.filter((c) => c === 'BOOKED').length
  const full = codes.filter((c) => c === 'FULL').length
  return {
    attempts,
    seats,
    booked,
    full,
    other: attempts - booked - full,
    oversold: Math.max(0, active - seats),
    countDrift: Math.abs((session?.booked ?? 0) - active),
    p50,
    p99,
  }
}

export interface FullCrowd {
  attempts: number
  /** Answers other than FULL: must be 0. */
  other: number
  p50: number
  p99: number
}

/**
 * The floor under a booking race: `attempts` residents book at once, as in the race, a session whose
 * one seat was taken before they came. Each is answered FULL, the first in each instance after one
 * read of the session, the rest from the instance's memory of it (cloudfunctions/visits/full-sessions.ts):
 * what the crowd costs the gateway, the workers and the function before a single seat is taken.
 */
export async function crowdOnFullSession(cloud: LocalCloud, attempts: number): Promise<FullCrowd> {
  const sessionId = await seedSession(cloud, 1)
  const first = await crowdBooks(cloud, sessionId, 1)
  if (first.codes[0] !== 'BOOKED') throw new Error(`the session's one seat could not be taken: ${first.codes[0]}`)
  const { codes, p50, p99 } = await crowdBooks(cloud, sessionId, attempts)
  return { attempts, other: codes.filter((c) => c !== 'FULL').length, p50, p99 }
}

/**
 * After a crowd, its thousand connections close at once, which keeps the gateway's thread busy for
 * some 10-20 ms (measured after 1,000 at /healthz): the next measurement waits well past that, so
 * that it is not timed against the crowd's departure.
 */
const CROWD_SETTLE_MS = 300

/** `attempts` new residents book `sessionId` at the same moment; each one's answer code and the timings. */
async function crowdBooks(cloud: LocalCloud, sessionId: string, attempts: number): Promise<{ codes: string[]; p50: number; p99: number }> {
  const now = Date.now()
  const tokens = Array.from({ length: attempts }, (_, i) => cloud.tokens.issue(`bench-booker-${now}-${sessionId}-${i}`))
  const body = JSON.stringify(bookingOf(sessionId))
  const timings: number[] = []
  // Every resident on a connection of their own, all opened at once, as a thousand phones would; the
  // same plain node:http client as the latency figures (fetch costs more per request, and the bench's
  // client shares this process's main thread with the gateway it measures).
  const agent = new Agent({ keepAlive: true, maxSockets: attempts })
  const codes = await Promise.all(
    tokens.map(async (token) => {
      const t0 = process.hrtime.bigint()
      const answer = await postJson(`${cloud.url}/api/functions/visits`, body, token, agent)
      timings.push(Number(process.hrtime.bigint() - t0) / 1e6)
      return answer.ok ? 'BOOKED' : (answer.error?.code ?? 'UNKNOWN')
    }),
  )
  agent.destroy()
  await new Promise((settle) => setTimeout(settle, CROWD_SETTLE_MS))
  return { codes, p50: quantile(timings, 0.5), p99: quantile(timings, 0.99) }
}

/** POSTs `body` for the resident `token` and answers the envelope it gets back, whatever the status. */
async function postJson(url: string, body: string, token: string, agent: Agent): Promise<{ ok: boolean; error?: { code: string } }> {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }
  const answer = await send(url, { agent, method: 'POST', headers, body, keepBody: true })
  return JSON.parse(answer.body!.toString('utf8')) as { ok: boolean; error?: { code: string } }
}
