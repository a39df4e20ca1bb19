import { Text, View } from '@tarojs/components'
import type { MyBooking } from '@/types/visits'
import VisitQr from '../VisitQr'
import { BOOKING_STATUS_TAGS, BOOKING_STATUS_WORDS, chinaMoment, sessionWhen } from '../VisitWords'
import './index.css'

interface VisitTicketProps {
  booking: MyBooking
  /** Just booked: says so at the top. */
  fresh?: boolean
}

/** A booking as the resident shows it on site: queue number, expected time and the check-in QR. */
export default function VisitTicket({ booking, fresh = false }: VisitTicketProps) {
  const active = booking.status === 'booked'
  const { session } = booking
  return (
    <View className={`jmt-card visit-ticket${active ? '' : ' visit-ticket--inactive'}`}>
      {fresh ? <Text className="jmt-hero visit-ticket__done">预约成功</Text> : null}
      <Text className={`${BOOKING_STATUS_TAGS[booking.status]} visit-ticket__status`}>{BOOKING_STATUS_WORDS[booking.status]}</Text>
      {booking.status === 'cancelled' ? (
        <Text className="visit-ticket__advice">
          {booking.cancelReason
            ? `民警取消了这个预约：${booking.cancelReason}。需要的话可以重新预约。`
            : '这个预约已经取消，名额已让给其他人。需要的话可以重新预约。'}
        </Text>
      ) : (
        <View>
          <View className="visit-ticket__queue">
            <Text className="jmt-secondary">排队号</Text>
            <Text className="visit-ticket__queue-no">{`第 ${booking.queueNo} 号`}</Text>
          </View>
          <Text className="jmt-hint visit-ticket__expected-label">预计办理时间</Text>
          <Text className="jmt-title">{chinaMoment(booking.expectedAt)}</Text>
          {active ? <Text className="jmt-muted visit-ticket__advice">请提前几分钟到，民警按排队号叫号。</Text> : null}
        </View>
      )}

      {active ? (
        <View className="visit-ticket__checkin">
          <VisitQr text={booking.checkinCode} label={`签到码 ${booking.checkinCode} 的二维码`} />
          <Text className="jmt-title visit-ticket__code">{`签到码 ${booking.checkinCode}`}</Text>
          <Text className="jmt-muted">到场后请出示给民警扫码签到</Text>
        </View>
      ) : null}

      <View className="visit-ticket__rows">
        <TicketRow label="时间" value={sessionWhen(session)} />
        <TicketRow label="地点" value={`${session.place.name}（${session.place.address}）`} />
        <TicketRow label="事项" value={booking.matter} />
        {booking.name ? <TicketRow label="姓名" value={booking.name} /> : null}
        {booking.phone ? <TicketRow label="电话" value={booking.phone} /> : null}
        <TicketRow label="派出所" value={session.stationName} />
        {session.status === 'cancelled' ? <TicketRow label="取消原因" value={session.cancelReason ?? '民警取消了这一场'} /> : null}
      </View>
    </View>
  )
}

function TicketRow({ label, value }: { label: string; value: string }) {
  return (
    <View className="visit-ticket__row">
      <Text className="visit-ticket__row-label">{label}</Text>
      <Text className="visit-ticket__row-value">{value}</Text>
    </View>
  )
}
