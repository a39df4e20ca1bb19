import { View } from '@tarojs/components'
import type { MediationStatus } from '@/types/community-words'
import { MEDIATION_STATUS_LABELS } from '@/types/community-words'
import { call } from '../../api'
import PageState from '../../components/PageState'
import ChoiceChips from '../components/ChoiceChips'
import LoadMore from '../components/LoadMore'
import StaffPage from '../components/StaffPage'
import StationPicker from '../components/StationPicker'
import { usePagedList } from '../hooks/usePagedList'
import MediationQueueCard from './parts/MediationQueueCard'
import { useQueueFilter } from './useQueueFilter'

const STATUSES: MediationStatus[] = ['requested', 'accepted', 'scheduled', 'resolved', 'withdrawn']
const STATUS_CHOICES = STATUSES.map((value) => ({ value, label: MEDIATION_STATUS_LABELS[value] }))

/** 矛盾纠纷调解 requests by state, oldest first. */
export default function MediationQueuePage() {
  const filter = useQueueFilter<MediationStatus>('requested')
  const list = usePagedList(
    (cursor) => call('community', 'listMediations', { status: filter.status, ...filter.station, limit: 20, ...(cursor ? { cursor } : {}) }),
    [filter.status, filter.station.stationId],
  )
  return (
    <StaffPage title='纠纷调解'>
      <ChoiceChips label='状态' choices={STATUS_CHOICES} value={filter.status} onChange={filter.setStatus} />
      {filter.role.isAdmin ? <StationPicker label='派出所' value={filter.stationId} onChange={filter.setStationId} anyLabel='全部' /> : null}
      <PageState remote={list.remote} loadingText='正在读取调解申请…' emptyTitle='这个状态下没有调解申请'>
        {({ items, nextCursor }) => (
          <View>
            {items.map((m) => (
              <MediationQueueCard key={m.ticketNo} mediation={m} onChanged={list.remote.retry} />
            ))}
            <LoadMore hasMore={Boolean(nextCursor)} loading={list.loadingMore} error={list.moreError} onLoadMore={list.loadMore} />
          </View>
        )}
      </PageState>
    </StaffPage>
  )
}
