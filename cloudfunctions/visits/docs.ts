import type { BookingStatus, Place } from '../../types/visits'

/** The states of a booking that holds a seat: what a session's `booked` counts. */
export const SEAT_HOLDING: BookingStatus[] = ['booked', 'attended']

/** A session as stored. `booked` counts active bookings (SEAT_HOLDING); `nextQueueNo` never goes back. */
export interface SessionDoc {
  _id: string
  stationId: string
  stationName: string
  title: string
  place: Place
  startsAt: Date
  endsAt: Date
  bookingOpensAt: Date
  capacity: number
  booked: number
  nextQueueNo: number
  services: string[]
  note?: string
  status: 'published' | 'cancelled'
  cancelReason?: string
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/**
 * A booking as stored. `activeKey` is the holder's OPENID while the booking holds a seat and a unique
 * value of its own once cancelled: the unique index (sessionId, activeKey) then allows one active
 * booking per person per session, and any number of cancelled ones.
 */
export interface BookingDoc {
  _id: string
  sessionId: string
  stationId: string
  /** Absent for 代预约 at the counter. */
  openid?: string
  activeKey: string
  queueNo: number
  expectedAt: Date
  checkinCode: string
  matter: string
  name?: string
  phone?: string
  note?: string
  status: BookingStatus
  /** The holder accepted a one-time reminder; `reminder` tracks its sending, at most once. */
  remind: boolean
  reminder?: 'pending' | 'sending' | 'sent' | 'failed'
  /** Copied from the session, so that the reminder timer finds what is due with one indexed query. */
  startsAt: Date
  bookedBy?: string
  checkedInAt?: Date
  checkedInBy?: string
  cancelledAt?: Date
  /** Set when staff cancelled this one booking (staffCancel): why, and who. */
  cancelReason?: string
  cancelledBy?: string
  createdAt: Date
  updatedAt: Date
}

export interface RequestDoc {
  _id: string
  openid: string
  /**
   * The station that answers it: the one the resident named, else the one nearest the place; '' when
   * neither tells (the district's admins route and answer it). Older requests without it are the admins'.
   */
  stationId?: string
  place: Place
  reason: string
  preferredDates: string[]
  status: 'open' | 'scheduled' | 'declined'
  seconds: number
  createdAt: Date
  answer?: { decision: 'scheduled' | 'declined'; reply: string; sessionId?: string; answeredAt: Date; answeredBy: string }
}

/** One person's seconding of one request; `_id` is `${requestId}:${openid}`, so a second try collides. */
export interface SecondDoc {
  _id: string
  requestId: string
  openid: string
  createdAt: Date
}
