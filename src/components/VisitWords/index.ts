import type { ApiError } from '../../api'
import type { BookingStatus, VisitSession } from '@/types/visits'
import { chinaDayLabel, chinaTime } from '../../time/china'
import { keepWhole } from '../../text/keepWhole'

/**
 * The words the 流动警务室 pages share, resident and staff: when a session is, whether it can be booked,
 * what a booking's state means, and why a booking was refused. What the tab's session cards say lives in
 * ./session-card (main package); the rest here goes with the subpackage pages that use it.
 */
export { chinaMoment, seatWords, sessionHours, type SeatTone } from './session-card'

/** "12月1日 周二 09:00–11:30" */
export function sessionWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }): string {
  const day = chinaDayLabel(startsAt)
  const from = chinaTime(startsAt)
  const to = chinaTime(endsAt)
  if (!day || !from) return '时间待定'
  return to ? keepWhole(`${day} ${from}–${to}`) : `${day} ${from}`
}

/** "12月1日 周二" */
export function sessionDay({ startsAt }: { startsAt: string }): string {
  return chinaDayLabel(startsAt) ?? '时间待定'
}

export const BOOKING_STATUS_WORDS: Record<BookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  attended: '已签到',
  no_show: '未到场',
}

/** The classes of a booking's status tag (app.css): booked is the plain blue tag. */
export const BOOKING_STATUS_TAGS: Record<BookingStatus, string> = {
  booked: 'jmt-tag',
  cancelled: 'jmt-tag jmt-tag--danger',
  attended: 'jmt-tag jmt-tag--success',
  no_show: 'jmt-tag jmt-tag--danger',
}

/** Why a booking (or 代预约) was refused, in the words a resident understands. */
export function bookingRefusal(error: ApiError, session?: Pick<VisitSession, 'bookingState'>): string {
  switch (error.code) {
    case 'FULL':
      return '名额已满，请选择其他场次'
    case 'CONFLICT':
      return '你已预约过这一场，可在“我的预约”里查看'
    case 'CLOSED':
      if (session?.bookingState === 'notYet') return '预约还没有开始'
      if (session?.bookingState === 'cancelled') return '这一场已取消'
      if (session?.bookingState === 'started') return '这一场已开始，不能再预约'
      return error.message || '这一场现在不能预约'
    case 'NOT_FOUND':
      return '没有找到这一场，可能已被删除'
    default:
      return error.message
  }
}
