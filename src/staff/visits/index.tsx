import { View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import { sessionWhen } from '../../components/VisitWords'
import ChoiceChips from '../components/ChoiceChips'
import ListRow from '../components/ListRow'
import LoadMore from '../components/LoadMore'
import StaffPage from '../components/StaffPage'
import StationPicker from '../components/StationPicker'
import { openConsolePage } from '../navigation'
import { useStationSessions, WHEN_CHOICES } from './useStationSessions'
import { visitConsoleUrls } from './urls'

/**
 * The sessions of my station (admins: all, or one), in two tabs: the ones still to run soonest first,
 * the ones that ended latest first; the day's work is one tap away.
 */
export default function VisitSessionsPage() {
  const { role, when, setWhen, stationId, setStationId, list } = useStationSessions()
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
      <ChoiceChips label='场次' choices={WHEN_CHOICES} value={when} onChange={setWhen} />
      {role.isAdmin ? <StationPicker label='派出所' value={stationId} onChange={setStationId} anyLabel='全部' /> : null}
      <PageState
        remote={list.remote}
        loadingText='正在读取场次…'
        emptyTitle={when === 'upcoming' ? '没有即将进行的场次' : '还没有结束的场次'}
        emptyHint={when === 'upcoming' ? '点“发布新的一场”，定好时间、地点和名额；也可以在已结束的场次里“复制为新的一场”。' : undefined}
      >
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
