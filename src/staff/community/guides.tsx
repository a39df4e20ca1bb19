import { View } from '@tarojs/components'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import { useRemote } from '../../hooks/useRemote'
import ListRow from '../components/ListRow'
import NoticeCard from '../components/NoticeCard'
import StaffPage from '../components/StaffPage'
import { useStaffRole } from '../hooks/useStaffRole'
import { openConsolePage } from '../navigation'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { communityConsoleUrls } from './urls'

/** The service guides residents read; admins edit them. */
export default function GuideAdminPage() {
  const role = useStaffRole()
  const guides = useRemote(() => call('community', 'listGuides', { limit: 100 }))
  useReloadOnShow(guides.retry)
  return (
    <StaffPage title="办事指南">
      {role.isAdmin ? (
        <View className="staff-page__actions">
          <ActionButton onClick={() => openConsolePage(communityConsoleUrls.guideEdit())}>新增一份指南</ActionButton>
        </View>
      ) : (
        <NoticeCard title="指南由管理员维护" text="发现内容过时，请告诉所里的管理员。" />
      )}
      <PageState remote={guides} loadingText="正在读取指南…" emptyTitle="还没有指南">
        {({ items }) => (
          <View className="jmt-card">
            {items.map((g) => (
              <ListRow
                key={g.id}
                title={g.title}
                tag={g.category}
                lines={[g.purpose]}
                onClick={role.isAdmin ? () => openConsolePage(communityConsoleUrls.guideEdit(g.id)) : undefined}
              />
            ))}
          </View>
        )}
      </PageState>
    </StaffPage>
  )
}
