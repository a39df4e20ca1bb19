import { useState } from 'react'
import { View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import ListRow from '../components/ListRow'
import ConsoleList from '../components/ConsoleList'
import StaffPage from '../components/StaffPage'
import StationForm from '../components/StationForm'
import { useStationDirectory } from './useStationDirectory'

export default function StationsPage() {
  const { role, list } = useStationDirectory()
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <StaffPage title="派出所和警务室">
      {role.isAdmin ? (
        adding ? (
          <StationForm onDone={() => setAdding(false)} />
        ) : (
          <View className="staff-page__actions">
            <ActionButton onClick={() => setAdding(true)}>新增派出所或警务室</ActionButton>
          </View>
        )
      ) : null}
      <ConsoleList list={list} loadingText="正在读取派出所和警务室…" emptyTitle="还没有登记派出所或警务室" emptyHint="管理员新增后会显示在这里。">
        {(station) =>
          editing === station.stationId ? (
            <StationForm key={station.stationId} station={station} onDone={() => setEditing(null)} />
          ) : (
            <ListRow
              key={station.stationId}
              title={station.name}
              lines={[station.address, `电话 ${station.phone}`]}
              onClick={role.isAdmin ? () => setEditing(station.stationId) : undefined}
            />
          )
        }
      </ConsoleList>
    </StaffPage>
  )
}
