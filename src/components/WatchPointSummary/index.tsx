import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { BrowsedWatchPoint, NearbyWatchPoint } from '@/types/community'
import { keepWhole } from '../../text/keepWhole'
import './index.css'

export function distanceText(metres: number): string {
  return metres < 1000 ? `${Math.max(10, Math.round(metres / 10) * 10)} 米` : `${(metres / 1000).toFixed(1)} 公里`
}

interface WatchPointSummaryProps {
  /** With its distance when it was found from a position; without, when browsed. */
  point: NearbyWatchPoint | BrowsedWatchPoint
  /** More of the point under its address (WatchPointCard: its services, a call and a map button). */
  children?: ReactNode
}

/**
 * One 平安守望点 in brief: its name, how far (when known), open now or not, its hours and address. The
 * home tab shows the nearest ones so; the list pages show WatchPointCard, which adds what it offers and
 * its buttons (and stays out of the main package).
 */
export default function WatchPointSummary({ point, children }: WatchPointSummaryProps) {
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
      {children}
    </View>
  )
}
