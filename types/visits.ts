import { z } from 'zod'
import { defineActions } from './action'
import { calendarDay, contactPhone, empty, id, instant, line, location, pageInput, pageOf, paragraph } from './common'

/**
 * 流动警务室: sessions at named places on set dates, exact bookings with a queue number, check-in,
 * reminders, and residents asking the police to come to their place.
 */

/** What residents can come for; a session offers some of them. */
export const VISIT_MATTERS = ['户籍咨询', '居住证', '出入境咨询', '身份证', '反诈咨询', '纠纷求助', '其他'] as const

export const bookingStatus = z.enum(['booked', 'cancelled', 'attended', 'no_show'])
export type BookingStatus = z.infer<typeof bookingStatus>

export const sessionStatus = z.enum(['published', 'cancelled'])

/**
 * Whether a resident can book now: `notYet` before booking opens, `open`, `full`, `started` once the
 * session has begun (or ended), `cancelled` when the police called it off.
 */
export const bookingState = z.enum(['notYet', 'open', 'full', 'started', 'cancelled'])
export type BookingState = z.infer<typeof bookingState>

export const place = z
  .object({
    name: line(2, 40),
    address: line(2, 100),
    location: location.optional(),
  })
  .strict()
export type Place = z.infer<typeof place>

const service = line(1, 20)

export const session = z.object({
  sessionId: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  title: z.string(),
  place: z.object({ name: z.string(), address: z.string(), location: location.optional() }),
  startsAt: z.string(),
  endsAt: z.string(),
  bookingOpensAt: z.string(),
  capacity: z.number(),
  booked: z.number(),
  seatsLeft: z.number(),
  services: z.array(z.string()),
  note: z.string().optional(),
  status: sessionStatus,
  cancelReason: z.string().optional(),
  bookingState,
  /** Metres from `near`, when the list was asked for nearest first. */
  distanceM: z.number().optional(),
})
export type VisitSession = z.infer<typeof session>

/** What the resident's view of a booking and the desk's roster row both show of it. */
const bookingInQueue = {
  bookingId: z.string(),
  queueNo: z.number(),
  expectedAt: z.string(),
  matter: z.string(),
  status: bookingStatus,
  /** The code the desk checks the resident in with (shown to staff for a resident who lost theirs). */
  checkinCode: z.string(),
  /** Why the station cancelled this one booking (staffCancel); absent otherwise. */
  cancelReason: z.string().optional(),
}

export const myBooking = z.object({
  ...bookingInQueue,
  sessionId: z.string(),
  /** Masked: 138****1234. */
  phone: z.string().optional(),
  name: z.string().optional(),
  remind: z.boolean(),
  createdAt: z.string(),
  session: session.pick({ title: true, place: true, startsAt: true, endsAt: true, status: true, cancelReason: true, stationName: true }),
})
export type MyBooking = z.infer<typeof myBooking>

export const rosterEntry = z.object({
  ...bookingInQueue,
  /** As given, or 未留姓名. */
  name: z.string(),
  /** In full: the roster is the one place staff need to call a resident back. */
  phone: z.string().optional(),
  note: z.string().optional(),
  /** 代预约 at the counter. */
  atCounter: z.boolean(),
  checkedInAt: z.string().optional(),
})

export const requestStatus = z.enum(['open', 'scheduled', 'declined'])

export const visitRequest = z.object({
  requestId: z.string(),
  /** The station that answers it; absent when the district's admins do. */
  stationId: z.string().optional(),
  place: z.object({ name: z.string(), address: z.string(), location: location.optional() }),
  reason: z.string(),
  preferredDates: z.array(z.string()),
  status: requestStatus,
  seconds: z.number(),
  /** The caller asked for it. */
  mine: z.boolean(),
  /** The caller seconded it. */
  seconded: z.boolean(),
  createdAt: z.string(),
  answer: z.object({ decision: z.enum(['scheduled', 'declined']), reply: z.string(), sessionId: z.string().optional(), answeredAt: z.string() }).optional(),
})
export type VisitRequest = z.infer<typeof visitRequest>

/**
 * One attempt at a subscribe message: `sent`, `refused` (43101: the person never accepted the template
 * or spent the acceptance) or `failed`. No recipient, not even masked: it would link two records of one
 * person.
 */
export const outboxMessage = z
  .object({
    id: z.string(),
    templateId: z.string(),
    page: z.string(),
    data: z.record(z.object({ value: z.string() })),
    status: z.enum(['sent', 'refused', 'failed']),
    errCode: z.number().optional(),
    sentAt: z.string(),
  })
  .strict()

const sessionFields = {
  stationId: id,
  title: line(2, 40),
  place,
  startsAt: instant,
  endsAt: instant,
  capacity: z.number().int().min(1, '名额至少 1 个').max(500, '名额最多 500 个'),
  services: z.array(service).min(1, '至少提供一项服务').max(10, '最多 10 项服务'),
  bookingOpensAt: instant.optional(),
  note: paragraph(1, 200).optional(),
}

const bookingRef = z.object({ bookingId: id }).strict()
const sessionRef = z.object({ sessionId: id }).strict()
/** Typed from the QR on the success page, or by hand at the counter. */
const checkinCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,12}$/, '签到码应为 6–12 位字母或数字')

export const visits = defineActions({
  listSessions: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Upcoming published sessions with seats left, soonest first, or nearest first when `near` is given',
    input: z.object({ from: instant.optional(), stationId: id.optional(), near: location.optional(), ...pageInput }).strict(),
    output: pageOf(session),
  },
  getSession: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: "One session, with the caller's active booking if any",
    input: sessionRef,
    output: session.extend({ myBookingId: z.string().optional() }),
  },
  book: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: 'A place in the queue of a session: FULL, CONFLICT (already booked), CLOSED, NOT_FOUND',
    // A refusal writes nothing: the database counter is taken only before a seat is written (bookings.ts).
    limit: 'inMemory',
    input: z
      .object({
        sessionId: id,
        matter: service,
        name: line(1, 20).optional(),
        phone: contactPhone.optional(),
        note: paragraph(1, 200).optional(),
        remind: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ bookingId: z.string(), queueNo: z.number(), expectedAt: z.string(), checkinCode: z.string() }),
  },
  cancel: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: 'Cancel your own booking before the session starts; the seat goes back',
    input: bookingRef,
    output: z.object({ status: z.literal('cancelled') }),
  },
  myBookings: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: "The caller's bookings, newest first",
    input: z.object({ status: bookingStatus.optional(), ...pageInput }).strict(),
    output: pageOf(myBooking),
  },
  getBooking: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: 'One of your own bookings (the success page and the check-in QR)',
    input: bookingRef,
    output: myBooking,
  },
  requestVisit: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: 'Ask the 流动警务室 to come to a place; it goes to the station named, else the one nearest the place, else the admins',
    input: z
      .object({
        place,
        reason: paragraph(5, 300),
        preferredDates: z.array(calendarDay).max(5, '最多选择 5 个日期').optional(),
        /** The station to ask; without it, the one nearest the place's location, else the admins. */
        stationId: id.optional(),
      })
      .strict(),
    output: z.object({ requestId: z.string() }),
  },
  secondRequest: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: "Second someone's request (once per person)",
    input: z.object({ requestId: id }).strict(),
    output: z.object({ seconds: z.number() }),
  },
  listRequests: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Requests, most seconded first, each with whether the caller seconded it; optionally of one station',
    input: z.object({ status: requestStatus.optional(), stationId: id.optional(), ...pageInput }).strict(),
    output: pageOf(visitRequest),
  },
  templates: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'The subscribe-message template ids the app asks the user to accept',
    input: empty,
    output: z.object({ reminder: z.string(), cancelled: z.string(), requestAnswered: z.string() }),
  },

  // ── staff ────────────────────────────────────────────────────────────────────────────────────────
  listStationSessions: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary:
      "Sessions of the caller's station (admins: any or all), cancelled ones included: `upcoming` (not yet ended) soonest first, `past` (ended) latest first",
    input: z.object({ stationId: id.optional(), when: z.enum(['upcoming', 'past'], { message: 'when 应为 upcoming 或 past' }), ...pageInput }).strict(),
    output: pageOf(session),
  },
  createSession: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Publish a session of your station',
    input: z.object(sessionFields).strict(),
    output: z.object({ sessionId: z.string() }),
  },
  updateSession: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary:
      'Change a session; capacity never below the seats already taken. A new start, end or capacity re-times every booking in queue order; a new start, end or place tells each holder (best effort)',
    input: z
      .object({ sessionId: id, ...sessionFields })
      .partial()
      .required({ sessionId: true })
      .omit({ stationId: true })
      .strict(),
    output: z.object({ sessionId: z.string() }),
  },
  cancelSession: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Call a session off: every booking is cancelled and its holder notified',
    input: z.object({ sessionId: id, reason: line(2, 60) }).strict(),
    output: z.object({ sessionId: z.string(), cancelledBookings: z.number() }),
  },
  roster: {
    access: 'staff',
    kind: 'read',
    summary: "A session's bookings in queue order, phones in full",
    // Full names and phones of residents: who looked is kept in the audit log.
    audit: true,
    input: sessionRef,
    output: z.object({ session, items: z.array(rosterEntry) }),
  },
  exportRoster: {
    access: 'staff',
    kind: 'read',
    summary: 'The roster as CSV that opens in Excel (UTF-8 with BOM)',
    audit: true,
    input: sessionRef,
    output: z.object({ filename: z.string(), csv: z.string() }),
  },
  checkIn: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary:
      "Mark a booking attended by its check-in code or, from the roster, its bookingId; a late arrival already marked no_show is checked in on the session's day; another station's, cancelled or repeated ones are refused",
    input: z
      .object({ checkinCode: checkinCode.optional(), bookingId: id.optional() })
      .strict()
      .refine((v) => (v.checkinCode === undefined) !== (v.bookingId === undefined), { message: '请提供签到码或预约编号（二选一）', path: ['checkinCode'] }),
    output: z.object({ bookingId: z.string(), queueNo: z.number(), name: z.string(), matter: z.string(), status: z.literal('attended') }),
  },
  markNoShows: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'After the end: bookings never checked in become no_show',
    input: sessionRef,
    output: z.object({ noShows: z.number() }),
  },
  bookFor: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: '代预约 at the counter for a resident without a phone; the same name twice in one session is CONFLICT (field `name`) unless `confirmDuplicate`',
    input: z.object({ sessionId: id, name: line(1, 20), phone: contactPhone.optional(), matter: service, confirmDuplicate: z.boolean().optional() }).strict(),
    output: z.object({ bookingId: z.string(), queueNo: z.number(), expectedAt: z.string(), checkinCode: z.string() }),
  },
  staffCancel: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: "Cancel one booking of the caller's station before the session ends: the seat goes back and the holder is told (best effort)",
    input: z.object({ bookingId: id, reason: line(2, 60) }).strict(),
    output: z.object({ bookingId: z.string(), status: z.literal('cancelled'), notified: z.boolean() }),
  },
  answerRequest: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary:
      "Schedule or decline a request of the caller's station (admins: any); the requester and everyone who seconded are notified, best effort (`notified`: how many messages went out)",
    input: z
      .object({ requestId: id, decision: z.enum(['scheduled', 'declined']), sessionId: id.optional(), reply: paragraph(2, 200) })
      .strict()
      .refine((v) => v.decision !== 'scheduled' || v.sessionId, { message: '安排上门时请选择对应的场次', path: ['sessionId'] }),
    output: z.object({ requestId: z.string(), status: requestStatus, notified: z.number() }),
  },
  outbox: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Subscribe messages tried, with their outcome, newest first: an officer their station’s, an admin all',
    input: z.object(pageInput).strict(),
    output: pageOf(outboxMessage),
  },
})
