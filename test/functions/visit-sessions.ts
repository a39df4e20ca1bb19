import type { BookingDoc, SessionDoc } from '../../cloudfunctions/visits/docs'
import type { LocalCloud } from '../../local/cloud'
import type { Client } from './harness'

export const MIN = 60_000
export const STATION = 'st-chengguan'

const at = (ms: number) => new Date(Date.now() + ms).toISOString()

export interface SessionOptions {
  capacity?: number
  /** From now to the start, in ms (a day by default). */
  startsIn?: number
  lasts?: number
  services?: string[]
  bookingOpensAt?: string
  stationId?: string
  title?: string
}

/** A 流动警务室 session published by `by` (staff of its station), open for booking now unless told otherwise. */
export async function newSession(by: Client, o: SessionOptions = {}): Promise<string> {
  const startsIn = o.startsIn ?? 24 * 60 * MIN
  const { sessionId } = await by.ok('visits', 'createSession', {
    stationId: o.stationId ?? STATION,
    title: o.title ?? '测试流动警务室',
    place: { name: '南关广场', address: '南关什字 1 号', location: { lat: 36.06, lng: 103.83 } },
    startsAt: at(startsIn),
    endsAt: at(startsIn + (o.lasts ?? 120 * MIN)),
    capacity: o.capacity ?? 10,
    services: o.services ?? ['户籍咨询', '反诈咨询'],
    ...(o.bookingOpensAt ? { bookingOpensAt: o.bookingOpensAt } : {}),
  })
  return sessionId
}

/** The session as the database holds it now (read from the store, not through a function). */
export function storedSession(cloud: LocalCloud, sessionId: string): SessionDoc {
  const session = (cloud.db.snapshot().sessions as SessionDoc[] | undefined)?.find((s) => s._id === sessionId)
  if (!session) throw new Error(`no session ${sessionId} in the store`)
  return session
}

/** Every booking of the session the database holds now, whatever its status. */
export function storedBookings(cloud: LocalCloud, sessionId: string): BookingDoc[] {
  return ((cloud.db.snapshot().bookings ?? []) as BookingDoc[]).filter((b) => b.sessionId === sessionId)
}
