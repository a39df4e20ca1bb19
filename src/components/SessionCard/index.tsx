import { Text, View } from '@tarojs/components'
import type { VisitSession } from '@/types/visits'
import { seatWords, sessionHours } from '../VisitWords/session-card'
import ServiceTags from '../ServiceTags'
import './index.css'

interface SessionCardProps {
  session: VisitSession
  /** Opens the session; without it the card is not tappable. */
  onOpen?: (sessionId: string) => void
  /** The day, when the card is not under a date heading. */
  dayText?: string
}

function distance(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)} 米` : `${(metres / 1000).toFixed(1)} 公里`
}

/** One 流动警务室 session: when, where, what can be done there, seats left. */
export default function SessionCard({ session, onOpen, dayText }: SessionCardProps) {
  const seats = seatWords(session)
  return (
    <View
      className={`jmt-card session-card${onOpen ? ' session-card--tappable' : ''}`}
      hoverClass={onOpen ? 'session-card--pressed' : 'none'}
      onClick={onOpen ? () => onOpen(session.sessionId) : undefined}
    >
      <Text className="jmt-title session-card__when">{dayText ? `${dayText} ${sessionHours(session)}` : sessionHours(session)}</Text>
      <Text className="jmt-title session-card__place">{session.place.name}</Text>
      <Text className="jmt-hint">
        {session.place.address}
        {session.distanceM !== undefined ? ` · 约 ${distance(session.distanceM)}` : ''}
      </Text>
      {session.services.length > 0 ? <ServiceTags services={session.services} className="session-card__services" /> : null}
      <View className="session-card__foot">
        <Text className={`session-card__seats session-card__seats--${seats.tone}`}>{seats.text}</Text>
        {onOpen ? <Text className="session-card__more">查看 ›</Text> : null}
      </View>
    </View>
  )
}
