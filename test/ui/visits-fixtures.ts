import type { MyBooking, VisitSession } from '../../types/visits'

/** A session of the demo station tomorrow morning, open for booking. */
export function openSession(overrides: Partial<VisitSession> = {}): VisitSession {
  return {
    sessionId: 'ses-market',
    stationId: 'st-chengguan',
    stationName: '城关派出所',
    title: '流动警务室进农贸市场',
    place: { name: '东岗农贸市场', address: '东岗路 66 号市场南门', location: { lat: 36.05, lng: 103.86 } },
    startsAt: '2026-12-01T09:00:00+08:00',
    endsAt: '2026-12-01T11:30:00+08:00',
    bookingOpensAt: '2026-11-20T09:00:00+08:00',
    capacity: 30,
    booked: 12,
    seatsLeft: 18,
    services: ['户籍咨询', '居住证', '反诈咨询'],
    status: 'published',
    bookingState: 'open',
    ...overrides,
  }
}

export function myBooking(overrides: Partial<MyBooking> = {}): MyBooking {
  const session = openSession()
  return {
    bookingId: 'bk-1',
    sessionId: session.sessionId,
    queueNo: 13,
    // 01:40 UTC is 09:40 in China.
    expectedAt: '2026-12-01T01:40:00.000Z',
    checkinCode: 'K7M2Q9XA',
    matter: '居住证',
    status: 'booked',
    phone: '138****0011',
    name: '李秀兰',
    remind: true,
    createdAt: '2026-11-24T02:00:00.000Z',
    session: {
      title: session.title,
      place: session.place,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      status: 'published',
      stationName: session.stationName,
    },
    ...overrides,
  }
}
