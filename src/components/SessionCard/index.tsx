import { Text, View } from '@tarojs/components'
import type { VisitSessionView } from '../../api/pending-domains'
import { chinaDay, chinaTime } from '../../time/china'
import './index.css'

interface SessionCardProps {
  session: VisitSessionView
}

function when({ startAt, endAt }: VisitSessionView): string {
  if (!startAt) return '时间待定'
  const day = chinaDay(startAt)
  const from = chinaTime(startAt)
  const to = endAt ? chinaTime(endAt) : null
  if (!day || !from) return '时间待定'
  return to ? `${day} ${from}–${to}` : `${day} ${from}`
}

/** One 流动警务室 session: when, where, what can be done there, seats left. */
export default function SessionCard({ session }: SessionCardProps) {
  const full = session.seatsLeft === 0
  return (
    <View className='jmt-card session-card'>
      <Text className='session-card__when'>{when(session)}</Text>
      <Text className='session-card__place'>{session.place}</Text>
      {session.services.length > 0 ? (
        <View className='session-card__services'>
          {session.services.map((service) => (
            <Text className='session-card__service' key={service}>
              {service}
            </Text>
          ))}
        </View>
      ) : null}
      {session.seatsLeft !== undefined ? (
        <Text className={full ? 'session-card__seats session-card__seats--full' : 'session-card__seats'}>
          {full ? '名额已满' : `还剩 ${session.seatsLeft} 个名额`}
        </Text>
      ) : null}
    </View>
  )
}
