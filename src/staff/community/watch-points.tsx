import { View } from '@tarojs/components'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import ListRow from '../components/ListRow'
import ConsoleList from '../components/ConsoleList'
import StaffPage from '../components/StaffPage'
import StationPicker from '../components/StationPicker'
import { usePagedList } from '../hooks/usePagedList'
import { openConsolePage } from '../navigation'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useQueueFilter } from './useQueueFilter'
import { communityConsoleUrls } from './urls'

/** The station's 平安守望点, by name. */
export default function WatchPointAdminPage() {
  const filter = useQueueFilter<'active'>('active')
  const list = usePagedList((cursor) => call('community', 'listWatchPoints', { ...filter.station, limit: 50, cursor }), [filter.station.stationId])
  useReloadOnShow(list.remote.retry)
  return (
    <StaffPage title="平安守望点">
      <View className="staff-page__actions">
        <ActionButton onClick={() => openConsolePage(communityConsoleUrls.watchPointEdit())}>新增守望点</ActionButton>
      </View>
      {filter.role.isAdmin ? <StationPicker label="派出所" value={filter.stationId} onChange={filter.setStationId} anyLabel="全部" /> : null}
      <ConsoleList list={list} loadingText="正在读取守望点…" emptyTitle="还没有守望点">
        {(p) => (
          <ListRow
            key={p.id}
            title={p.name}
            lines={[p.address, `${p.hoursText}　${p.services.join('、')}`]}
            onClick={() => openConsolePage(communityConsoleUrls.watchPointEdit(p.id))}
          />
        )}
      </ConsoleList>
    </StaffPage>
  )
}
