import { Text, View } from '@tarojs/components'
import type { Station } from '../../../../types/org'
import '../OfficerList/index.css'

interface StationListProps {
  stations: Station[]
  more: boolean
}

export default function StationList({ stations, more }: StationListProps) {
  return (
    <View className='jmt-card staff-list'>
      <Text className='staff-list__title'>派出所和警务室（{more ? `${stations.length}+` : stations.length} 个）</Text>
      {stations.length === 0 ? <Text className='jmt-muted'>还没有登记派出所或警务室。</Text> : null}
      {stations.map((station) => (
        <View className='staff-list__row' key={station.stationId}>
          <Text className='staff-list__name'>{station.name}</Text>
          <Text className='staff-list__detail'>
            {station.address}　{station.phone}
          </Text>
        </View>
      ))}
    </View>
  )
}
