import { Text, View } from '@tarojs/components'
import type { Station } from '@/types/org'
import { dial } from '../../contact/dial'
import { openMap } from '../../contact/map'
import ActionButton from '../ActionButton'
import './index.css'
import { keepWhole } from '../../text/keepWhole'

interface StationCardProps {
  station: Station
}

/** The 警务室 or 派出所 of a plate's area: where it is and its phone. */
export default function StationCard({ station }: StationCardProps) {
  const { name, address, phone, location } = station
  return (
    <View className="jmt-card station-card">
      <Text className="jmt-kicker station-card__kicker">警务室</Text>
      <Text className="jmt-title station-card__name">{name}</Text>
      {address ? <Text className="jmt-secondary station-card__address">{address}</Text> : null}
      <View className="station-card__actions">
        {location ? (
          <ActionButton tone="secondary" onClick={() => openMap({ name, address, location })}>
            看地图、去这里
          </ActionButton>
        ) : null}
        {phone ? (
          <ActionButton tone="secondary" hint={keepWhole(phone)} onClick={() => dial(phone)}>
            打电话到警务室
          </ActionButton>
        ) : null}
      </View>
    </View>
  )
}
