import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { type ThreadStatus, THREAD_STATUS_LABELS } from '@/types/messages-words'
import { call } from '../../api'
import PageState from '../../components/PageState'
import PagedMore from '../../components/PagedMore'
import { chinaMoment } from '../../components/VisitWords'
import { usePaged } from '../../hooks/usePaged'
import ChoiceChips from '../components/ChoiceChips'
import ListRow from '../components/ListRow'
import StaffPage from '../components/StaffPage'
import { openConsolePage } from '../navigation'
import { messageConsoleUrls } from './urls'

const FILTERS = [
  { value: 'open' as const, label: '进行中' },
  { value: 'closed' as const, label: '已结束' },
]

/** Residents' 留言 to the station, latest first; unread ones marked with how many are new. */
export default function MessageInboxPage() {
  const [status, setStatus] = useState<ThreadStatus>('open')
  const [unreadThreads, setUnreadThreads] = useState(0)
  const paged = usePaged(
    async (cursor) => {
      const page = await call('messages', 'inbox', { status, limit: 50, cursor })
      setUnreadThreads(page.unreadThreads)
      return page
    },
    [status],
  )
  return (
    <StaffPage title="居民留言">
      <Text className="jmt-muted">{unreadThreads > 0 ? `${unreadThreads} 条留言有未读消息` : '没有未读留言'}</Text>
      <ChoiceChips choices={FILTERS} value={status} onChange={setStatus} />
      <PageState remote={paged.remote} loadingText="正在读取留言…" emptyTitle={status === 'open' ? '没有进行中的留言' : '没有已结束的留言'}>
        {({ items }) => (
          <View className="jmt-card">
            {items.map((t) => (
              <ListRow
                key={t.threadId}
                title={`${t.area} · ${t.lastFrom === 'resident' ? '居民' : '已回复'}`}
                tag={t.unread > 0 ? `${t.unread} 条未读` : THREAD_STATUS_LABELS[t.status]}
                tagTone={t.unread > 0 ? 'warning' : 'plain'}
                lines={[t.lastText, `${chinaMoment(t.lastAt)}${t.officerName ? ` · 民警 ${t.officerName}` : ''}`]}
                onClick={() => openConsolePage(messageConsoleUrls.thread(t.threadId))}
              />
            ))}
            <PagedMore paged={paged} />
          </View>
        )}
      </PageState>
    </StaffPage>
  )
}
