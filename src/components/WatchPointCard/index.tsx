import { View } from '@tarojs/components'
import type { BrowsedWatchPoint, NearbyWatchPoint } from '@/types/community'
import { dial } from '../../contact/dial'
import { openMap } from '../../contact/map'
import ActionButton from '../ActionButton'
import ServiceTags from '../ServiceTags'
import WatchPointSummary from '../WatchPointSummary'
import './index.css'

interface WatchPointCardProps {
  /** With its distance when it was found from a position; without, when browsed. */
  point: NearbyWatchPoint | BrowsedWatchPoint
}

/** One 平安守望点 in full: the summary, what it offers, and a call and a map button. */
export default function WatchPointCard({ point }: WatchPointCardProps) {
  return (
    <WatchPointSummary point={point}>
      <ServiceTags services={point.services} outlined className="watch-point-card__services" />
      <View className="watch-point-card__actions">
        <ActionButton tone="secondary" onClick={() => dial(point.phone)} hint={point.phone}>
          打电话
        </ActionButton>
        <ActionButton tone="secondary" onClick={() => openMap({ name: point.name, address: point.address, location: point.location })}>
          看地图、去那里
        </ActionButton>
      </View>
    </WatchPointSummary>
  )
}
