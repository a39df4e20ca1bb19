import { Text, View } from '@tarojs/components'
import PageState from '../../components/PageState'
import { chinaMoment } from '../../components/VisitWords'
import { call } from '../../api'
import ListRow from '../components/ListRow'
import LoadMore from '../components/LoadMore'
import StaffPage from '../components/StaffPage'
import { usePagedList } from '../hooks/usePagedList'

/**
 * The subscribe messages the local cloud would have sent through WeChat (reminders, cancellations,
 * answers to requests), newest first. In the real cloud WeChat delivers them and this stays empty.
 */
export default function VisitOutboxPage() {
  const list = usePagedList((cursor) => call('visits', 'outbox', { limit: 20, cursor }), [])
  return (
    <StaffPage title='已发出的提醒和通知'>
      <View className='staff-page__actions'>
        <Text className='jmt-muted'>本地运行时，微信订阅消息记在这里，方便核对内容和发送时间。</Text>
      </View>
      <PageState remote={list.remote} loadingText='正在读取消息…' emptyTitle='还没有发出消息' emptyHint='居民同意提醒后，开始前会在这里看到提醒。'>
        {({ items, nextCursor }) => (
          <>
            <View className='jmt-card'>
              {items.map((message) => (
                <ListRow
                  key={message.id}
                  title={`发给 ${message.touser.slice(0, 4)}****${message.touser.slice(-4)}`}
                  lines={Array.from(new Set([chinaMoment(message.sentAt), ...Object.values(message.data).map((field) => field.value), `模板 ${message.templateId} · ${message.page}`]))}
                />
              ))}
            </View>
            <LoadMore hasMore={Boolean(nextCursor)} loading={list.loadingMore} error={list.moreError} onLoadMore={list.loadMore} />
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
