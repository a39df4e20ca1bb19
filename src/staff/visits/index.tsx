import { View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import { sessionWhen } from '../../components/VisitWords'
import { call } from '../../api'
import { useReloadOnShow } from '../../hooks/useVisitSessions'
import ListRow from '../components/ListRow'
import LoadMore from '../components/LoadMore'
import StaffPage from '../components/StaffPage'
import { usePagedList } from '../hooks/usePagedList'
import { openConsolePage } from '../navigation'
import { visitConsoleUrls } from './urls'

/** The sessions of my station (admins: all), newest start first, with the day's work one tap away. */
export default function VisitSessionsPage() {
  const list = usePagedList((cursor) => call('visits', 'listStationSessions', { limit: 20, cursor }), [])
  useReloadOnShow(list.remote.retry)
  return (
    <StaffPage title='流动警务室'>
      <View className='staff-page__actions'>
        <ActionButton onClick={() => openConsolePage(visitConsoleUrls.checkIn)} hint='扫居民的签到码，或输入签到码'>
          扫码签到
        </ActionButton>
        <ActionButton tone='secondary' onClick={() => openConsolePage(visitConsoleUrls.edit())}>
          发布新的一场
        </ActionButton>
        <ActionButton tone='secondary' onClick={() => openConsolePage(visitConsoleUrls.requests)}>
          相约上门
        </ActionButton>
        <ActionButton tone='quiet' onClick={() => openConsolePage(visitConsoleUrls.outbox)}>
          提醒和通知的发送记录
        </ActionButton>
      </View>
      <PageState remote={list.remote} loadingText='正在读取场次…' emptyTitle='还没有发布场次' emptyHint='点“发布新的一场”，定好时间、地点和名额。'>
        {({ items, nextCursor }) => (
          <>
            <View className='jmt-card'>
              {items.map((s) => (
                <ListRow
                  key={s.sessionId}
                  title={s.place.name}
                  tag={s.status === 'cancelled' ? '已取消' : Date.parse(s.endsAt) < Date.now() ? '已结束' : undefined}
                  tagTone={s.status === 'cancelled' ? 'warning' : 'plain'}
                  lines={[sessionWhen(s), `${s.title} · ${s.stationName}`]}
                  aside={`${s.booked}/${s.capacity}`}
                  onClick={() => openConsolePage(visitConsoleUrls.roster(s.sessionId))}
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
