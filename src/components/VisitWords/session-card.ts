import type { VisitSession } from '@/types/visits'
import { chinaDayLabel, chinaTime } from '../../time/china'
import { keepWhole } from '../../text/keepWhole'

/**
 * What a session card on the 流动警务室 tab says (components/SessionCard): its hours and whether it can be
 * booked. Apart from ./index, whose other words only subpackage pages use, so that those stay out of
 * the main package.
 */

/** "09:00–11:30" */
export function sessionHours({ startsAt, endsAt }: { startsAt: string; endsAt: string }): string {
  return keepWhole(`${chinaTime(startsAt) ?? ''}–${chinaTime(endsAt) ?? ''}`)
}

/** "12月1日 周二 09:40" */
export function chinaMoment(instant: string): string {
  const day = chinaDayLabel(instant)
  const time = chinaTime(instant)
  return day && time ? `${day} ${time}` : '时间待定'
}

export type SeatTone = 'open' | 'few' | 'closed'

/** Whether the session can be booked, in words, and how loudly to say it. */
export function seatWords(session: Pick<VisitSession, 'bookingState' | 'seatsLeft' | 'bookingOpensAt' | 'cancelReason'>): { text: string; tone: SeatTone } {
  switch (session.bookingState) {
    case 'open':
      return { text: `还剩 ${session.seatsLeft} 个名额`, tone: session.seatsLeft <= 3 ? 'few' : 'open' }
    case 'full':
      return { text: '名额已满', tone: 'closed' }
    case 'notYet':
      return { text: `${chinaMoment(session.bookingOpensAt)} 开始预约`, tone: 'closed' }
    case 'started':
      return { text: '已开始，不能再预约', tone: 'closed' }
    case 'cancelled':
      return { text: session.cancelReason ? `已取消：${session.cancelReason}` : '已取消', tone: 'closed' }
  }
}
