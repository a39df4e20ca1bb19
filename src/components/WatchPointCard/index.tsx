import { Text, View } from '@tarojs/components'
import type { BrowsedWatchPoint, NearbyWatchPoint } from '@/types/community'
import { dial } from '../../contact/dial'
import { openMap } from '../../contact/map'
import ActionButton from '../ActionButton'
import './index.css'
import { keepWhole } from '../../text/keepWhole'
import ServiceTags from '../ServiceTags'

export function distanceText(metres: number): string {
  return metres < 1000 ? `${Math.max(10, Math.round(metres / 10) * 10)} 米` : `${(metres / 1000).toFixed(1)} 公里`
}

interface WatchPointCardProps {
  /** With its distance when it was found from a position; without, when browsed. */
  point: NearbyWatchPoint | BrowsedWatchPoint
  /** Only the name, distance and open state, for the home tab. */
  compact?: boolean
}

/** One 平安守望点: how far (when known), open now or not, what it offers, and a call and a map button. */
export default function WatchPointCard({ point, compact = false }: WatchPointCardProps) {
  return (
    <View className="jmt-card watch-point-card" data-testid="watch-point">
      <View className="watch-point-card__head">
        <Text className="watch-point-card__name">{point.name}</Text>
        {'distanceM' in point ? <Text className="watch-point-card__distance">{distanceText(point.distanceM)}</Text> : null}
      </View>
      <View className="jmt-row watch-point-card__state">
        <Text className={point.openNow ? 'jmt-tag jmt-tag--success watch-point-card__tag' : 'jmt-tag jmt-tag--neutral watch-point-card__tag'}>
          {point.openNow ? '现在开门' : '现在没开门'}
        </Text>
        <Text className="watch-point-card__hours">{keepWhole(point.hoursText)}</Text>
      </View>
      <Text className="watch-point-card__address">{point.address}</Text>
      {compact ? null : (
        <>
          <ServiceTags services={point.services} outlined className="watch-point-card__services" />
          <View className="watch-point-card__actions">
            <ActionButton tone="secondary" onClick={() => dial(point.phone)} hint={point.phone}>
              打电话
            </ActionButton>
            <ActionButton tone="secondary" onClick={() => openMap({ name: point.name, address: point.address, location: point.location })}>
              看地图、去那里
            </ActionButton>
          </View>
        </>
      )}
    </View>
  )
}
