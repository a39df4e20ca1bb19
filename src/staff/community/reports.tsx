import { View } from '@tarojs/components'
import type { ReportStatus } from '@/types/community-words'
import { REPORT_STATUS_LABELS } from '@/types/community-words'
import { call } from '../../api'
import PageState from '../../components/PageState'
import ChoiceChips from '../components/ChoiceChips'
import LoadMore from '../components/LoadMore'
import StaffPage from '../components/StaffPage'
import StationPicker from '../components/StationPicker'
import { usePagedList } from '../hooks/usePagedList'
import ReportQueueCard from './parts/ReportQueueCard'
import { useQueueFilter } from './useQueueFilter'

const STATUSES: ReportStatus[] = ['submitted', 'accepted', 'closed', 'rejected']
const STATUS_CHOICES = STATUSES.map((value) => ({ value, label: REPORT_STATUS_LABELS[value] }))

/** 举报线索, oldest first in each state: what waits longest comes first. */
export default function ReportQueuePage() {
  const filter = useQueueFilter<ReportStatus>('submitted')
  const list = usePagedList(
    (cursor) => call('community', 'listReports', { status: filter.status, ...filter.station, limit: 20, ...(cursor ? { cursor } : {}) }),
    [filter.status, filter.station.stationId],
  )
  return (
    <StaffPage title='举报线索'>
      <ChoiceChips label='状态' choices={STATUS_CHOICES} value={filter.status} onChange={filter.setStatus} />
      {filter.role.isAdmin ? <StationPicker label='派出所' value={filter.stationId} onChange={filter.setStationId} anyLabel='全部' /> : null}
      <PageState remote={list.remote} loadingText='正在读取线索…' emptyTitle='这个状态下没有线索'>
        {({ items, nextCursor }) => (
          <View>
            {items.map((r) => (
              <ReportQueueCard key={r.ticketNo} report={r} onChanged={list.remote.retry} />
            ))}
            <LoadMore hasMore={Boolean(nextCursor)} loading={list.loadingMore} error={list.moreError} onLoadMore={list.loadMore} />
          </View>
        )}
      </PageState>
    </StaffPage>
  )
}
