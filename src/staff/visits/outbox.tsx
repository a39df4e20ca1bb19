import { Text, View } from '@tarojs/components'
import { chinaMoment } from '../../components/VisitWords'
import { call } from '../../api'
import ListRow from '../components/ListRow'
import ConsoleList from '../components/ConsoleList'
import StaffPage from '../components/StaffPage'
import { usePagedList } from '../hooks/usePagedList'

/** What became of each message: 43101 means the resident never accepted it (or used the acceptance up). */
const OUTCOME_WORDS = { sent: '已发出', refused: '居民未订阅，未发出', failed: '发送失败' } as const

/**
 * The subscribe messages the functions tried to send through WeChat (reminders, changes and
 * cancellations, answers to requests), newest first, with what became of each. Officers see their
 * station's; who received a message is not shown.
 */
export default function VisitOutboxPage() {
  const list = usePagedList((cursor) => call('visits', 'outbox', { limit: 20, cursor }), [])
  return (
    <StaffPage title="提醒和通知的发送记录">
      <View className="staff-page__actions">
        <Text className="jmt-muted">每条微信订阅消息都记在这里：内容、时间，以及是否发出。居民没有订阅的消息不会发出。</Text>
      </View>
      <ConsoleList list={list} loadingText="正在读取消息…" emptyTitle="还没有消息" emptyHint="提醒、场次变动或取消、请求的答复，每发一条都记在这里。">
        {(message) => (
          <ListRow
            key={message.id}
            title={OUTCOME_WORDS[message.status]}
            lines={Array.from(
              new Set([
                chinaMoment(message.sentAt),
                ...Object.values(message.data).map((field) => field.value),
                `模板 ${message.templateId} · ${message.page}`,
              ]),
            )}
          />
        )}
      </ConsoleList>
    </StaffPage>
  )
}
