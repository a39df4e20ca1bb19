import { chinaClock } from '../_shared/china-time'

/** Answers carry instants in China time with their offset, e.g. 2026-12-01T09:00:00+08:00. */
export const iso = (date: Date): string => chinaClock(date).format('YYYY-MM-DDTHH:mm:ss[+08:00]')

export const MINUTE = 60_000

/**
 * When the holder of `queueNo` should arrive: the queue spread evenly over the session's window, so
 * that 30 people booked for a two-hour session are not all told to come at nine.
 */
export function expectedArrival(startsAt: Date, endsAt: Date, capacity: number, queueNo: number): Date {
  const slot = (endsAt.getTime() - startsAt.getTime()) / capacity
  const at = startsAt.getTime() + Math.max(0, queueNo - 1) * slot
  return new Date(Math.floor(at / MINUTE) * MINUTE)
}
