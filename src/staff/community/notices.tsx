import { View } from '@tarojs/components'
import type { NoticeStatus } from '@/types/community'
import { NOTICE_KIND_LABELS } from '@/types/community-words'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import { chinaDayLabel } from '../../time/china'
import ChoiceChips from '../components/ChoiceChips'
import ListRow from '../components/ListRow'
import ConsoleList from '../components/ConsoleList'
import StaffPage from '../components/StaffPage'
import { usePagedList } from '../hooks/usePagedList'
import { openConsolePage } from '../navigation'
import { NOTICE_STATUS_LABELS } from './labels'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useQueueFilter } from './useQueueFilter'
import { communityConsoleUrls } from './urls'

const STATUS_CHOICES = (['draft', 'published', 'archived'] as const).map((value) => ({ value, label: NOTICE_STATUS_LABELS[value] }))

/** 社区公告 and 警务动态 of the station, in every state, newest change first. */
export default function NoticeAdminPage() {
  const filter = useQueueFilter<NoticeStatus>('published')
  const list = usePagedList(
    (cursor) => call('community', 'listAllNotices', { status: filter.status, ...filter.station, limit: 20, cursor }),
    [filter.status, filter.station.stationId],
  )
  useReloadOnShow(list.remote.retry)
  return (
    <StaffPage title="公告管理">
      <View className="staff-page__actions">
        <ActionButton onClick={() => openConsolePage(communityConsoleUrls.noticeEdit())}>写一条公告</ActionButton>
      </View>
      <ChoiceChips label="状态" choices={STATUS_CHOICES} value={filter.status} onChange={filter.setStatus} />
      <ConsoleList list={list} loadingText="正在读取公告…" emptyTitle="没有这个状态的公告">
        {(n) => (
          <ListRow
            key={n.id}
            title={n.title}
            tag={n.pinned ? '置顶' : undefined}
            lines={[
              `${NOTICE_KIND_LABELS[n.kind]}　${n.area ?? '全部社区'}`,
              n.publishedAt ? `发布于 ${chinaDayLabel(n.publishedAt) ?? ''}` : `修改于 ${chinaDayLabel(n.updatedAt) ?? ''}`,
            ]}
            onClick={() => openConsolePage(communityConsoleUrls.noticeEdit(n.id))}
          />
        )}
      </ConsoleList>
    </StaffPage>
  )
}
