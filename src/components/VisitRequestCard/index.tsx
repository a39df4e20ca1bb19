import { Text, View } from '@tarojs/components'
import type { VisitRequest } from '@/types/visits'
import ActionButton from '../ActionButton'
import { chinaMoment } from '../VisitWords'
import '@/styles/card-head.css'
import './index.css'

const STATUS_WORDS: Record<VisitRequest['status'], string> = { open: '等待民警答复', scheduled: '已安排', declined: '暂不安排' }
const STATUS_TAGS: Record<VisitRequest['status'], string> = { open: 'jmt-tag', scheduled: 'jmt-tag jmt-tag--success', declined: 'jmt-tag jmt-tag--neutral' }

/** "12月3日" from 2026-12-03 */
function shortDay(day: string): string {
  const [, month, date] = day.split('-').map(Number)
  return `${month}月${date}日`
}

interface VisitRequestCardProps {
  request: VisitRequest
  /** 附议: shown while the request is open and the caller has neither asked nor seconded it. */
  onSecond?: (requestId: string) => void
  busy?: boolean
}

/** A request for the 流动警务室 to come: where, why, how many neighbours back it, and the answer. */
export default function VisitRequestCard({ request, onSecond, busy = false }: VisitRequestCardProps) {
  const canSecond = request.status === 'open' && !request.mine && !request.seconded
  return (
    <View className="jmt-card visit-request-card">
      <View className="jmt-card-head">
        <Text className="jmt-title jmt-card-head__title visit-request-card__place">{request.place.name}</Text>
        <Text className={`${STATUS_TAGS[request.status]} jmt-card-head__tag`}>{STATUS_WORDS[request.status]}</Text>
      </View>
      <Text className="jmt-muted">{request.place.address}</Text>
      <Text className="jmt-text visit-request-card__reason">{request.reason}</Text>
      {request.preferredDates.length > 0 ? (
        <Text className="jmt-muted visit-request-card__line">{`希望日期：${request.preferredDates.map(shortDay).join('、')}`}</Text>
      ) : null}
      <Text className="jmt-label visit-request-card__seconds">{`${request.seconds} 位邻居附议`}</Text>
      {request.answer ? (
        <View className="visit-request-card__answer">
          <Text className="visit-request-card__answer-title">{`民警答复（${chinaMoment(request.answer.answeredAt)}）`}</Text>
          <Text>{request.answer.reply}</Text>
        </View>
      ) : null}
      {request.mine ? <Text className="jmt-muted visit-request-card__line">这是你提出的请求</Text> : null}
      {request.seconded ? <Text className="jmt-muted visit-request-card__line">你已附议</Text> : null}
      {canSecond && onSecond ? (
        <ActionButton tone="secondary" disabled={busy} onClick={() => onSecond(request.requestId)}>
          我也需要（附议）
        </ActionButton>
      ) : null}
    </View>
  )
}
