import { Text, View } from '@tarojs/components'
import type { MyBooking } from '@/types/visits'
import { useNow } from '@/hooks/useNow'
import ActionButton from '../ActionButton'
import { BOOKING_STATUS_TAGS, BOOKING_STATUS_WORDS, chinaMoment, sessionDay, sessionHours } from '../VisitWords'
import '@/styles/card-head.css'
import './index.css'

interface VisitBookingCardProps {
  booking: MyBooking
  onOpen: (bookingId: string) => void
  /** Offered only while the booking is active and the session has not started. */
  onCancel: (bookingId: string) => void
}

/** One of my bookings in a list: when and where, my number, its state. */
export default function VisitBookingCard({ booking, onOpen, onCancel }: VisitBookingCardProps) {
  const now = useNow()
  const cancellable = booking.status === 'booked' && Date.parse(booking.session.startsAt) > now
  const cancelled = booking.status === 'cancelled'
  return (
    <View className={`jmt-card visit-booking-card visit-booking-card--${booking.status}`}>
      <View className="visit-booking-card__body" hoverClass="visit-booking-card__body--pressed" onClick={() => onOpen(booking.bookingId)}>
        <View className="jmt-card-head">
          <View className="jmt-title jmt-card-head__title visit-booking-card__when">
            <Text>{`${sessionDay(booking.session)} `}</Text>
            <Text className="visit-booking-card__hours">{sessionHours(booking.session)}</Text>
          </View>
          <Text className={`${BOOKING_STATUS_TAGS[booking.status]} jmt-card-head__tag`}>{BOOKING_STATUS_WORDS[booking.status]}</Text>
        </View>
        <Text className="jmt-label visit-booking-card__place">{booking.session.place.name}</Text>
        <Text className="jmt-muted">{booking.session.place.address}</Text>
        {/* A cancelled booking holds no place in the queue: no number, no expected time, no check-in code. */}
        <Text className="jmt-text visit-booking-card__queue">{cancelled ? booking.matter : `第 ${booking.queueNo} 号 · ${booking.matter}`}</Text>
        {booking.status === 'booked' ? <Text className="jmt-text visit-booking-card__queue">{`预计 ${chinaMoment(booking.expectedAt)} 办理`}</Text> : null}
        {booking.session.status === 'cancelled' ? (
          <Text className="visit-booking-card__cancelled">{`民警取消了这一场：${booking.session.cancelReason ?? ''}`}</Text>
        ) : null}
        <Text className="jmt-label visit-booking-card__open">{booking.status === 'booked' ? '查看签到码 ›' : '查看详情 ›'}</Text>
      </View>
      {cancellable ? (
        <ActionButton tone="quiet" onClick={() => onCancel(booking.bookingId)}>
          取消预约
        </ActionButton>
      ) : null}
    </View>
  )
}
