import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { THREAD_STATUS_LABELS } from '@/types/messages-words'
import { call } from '../../api'
import Page from '../../components/Page'
import PagedList from '../../components/PagedList'
import { chinaMoment } from '../../components/VisitWords'
import { usePaged } from '../../hooks/usePaged'
import { messageUrls } from '../urls'
import '../pages.css'

/** The messages I wrote to community officers, latest first, with replies I have not read. */
export default function MyThreadsPage() {
  const paged = usePaged((cursor) => call('messages', 'myThreads', { limit: 10, cursor }))
  return (
    <Page>
      <PagedList paged={paged} loadingText="正在读取…" emptyTitle="您还没有给民警留过言" emptyHint="扫一扫小区里的警民联系牌，在民警名片下面就可以留言。">
        {(t) => (
          <View
            key={t.threadId}
            className="jmt-card messages-row"
            data-testid="my-thread"
            hoverClass="messages-row--pressed"
            onClick={() => void Taro.navigateTo({ url: messageUrls.thread(t.threadId) })}
          >
            <View className="messages-row__head">
              <Text className="messages-row__who">{t.officerName ? `${t.officerName}（${t.area}）` : t.stationName}</Text>
              {t.unread > 0 ? (
                <Text className="messages-row__unread">{`${t.unread} 条新回复`}</Text>
              ) : (
                <Text className="jmt-muted">{THREAD_STATUS_LABELS[t.status]}</Text>
              )}
            </View>
            <Text className="messages-row__last">{`${t.lastFrom === 'staff' ? '民警：' : '我：'}${t.lastText}`}</Text>
            <Text className="jmt-muted">{chinaMoment(t.lastAt)}</Text>
          </View>
        )}
      </PagedList>
    </Page>
  )
}
