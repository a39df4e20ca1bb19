import { type ReactNode, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { NearbyWatchPoint } from '@/types/community'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import ActionButton from '../ActionButton'
import { communityUrls } from '../ReportLinks/urls'
import WatchPointSummary from '../WatchPointSummary'
import { locateOnce } from '../../device/location'
import { LOCATION_REASON, WATCH_POINT_LOCATION_WORDS } from './words'
import './index.css'

interface WatchPointNearbyProps {
  /** How many to show: a few on the home tab, more on the list page. */
  limit?: number
  radiusKm?: number
  /**
   * How each point is drawn: by default in brief (the home tab); the list page passes WatchPointCard, with
   * what a point offers and its call and map buttons, which so stays out of the main package.
   */
  renderPoint?: (point: NearbyWatchPoint) => ReactNode
  /** A link to the full list under the points (the home tab). */
  showAllLink?: boolean
}

type State = { step: 'idle' } | { step: 'locating' } | { step: 'done'; points: NearbyWatchPoint[] } | { step: 'failed'; message: string }

const summary = (point: NearbyWatchPoint) => <WatchPointSummary key={point.id} point={point} />

/**
 * The nearest 平安守望点. The position is read only when the person taps, with the reason said
 * beside the button; nothing is asked on opening the page.
 */
export default function WatchPointNearby({ limit = 3, radiusKm = 3, renderPoint = summary, showAllLink = false }: WatchPointNearbyProps) {
  const [state, setState] = useState<State>({ step: 'idle' })

  async function find() {
    setState({ step: 'locating' })
    try {
      const here = await locateOnce(WATCH_POINT_LOCATION_WORDS)
      const { items } = await call('community', 'nearbyWatchPoints', { ...here, radiusKm, limit })
      setState({ step: 'done', points: items })
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error && !('code' in error) ? error.message : toApiError(error).message })
    }
  }

  return (
    <View className="watch-point-nearby">
      {state.step === 'done' ? (
        state.points.length > 0 ? (
          state.points.map(renderPoint)
        ) : (
          <View className="jmt-card">
            <Text className="jmt-text">{`${radiusKm} 公里内还没有守望点，可以在下面按派出所或名称查找。遇到危险请直接拨打 110。`}</Text>
          </View>
        )
      ) : (
        <View className="jmt-card watch-point-nearby__ask">
          <Text className="jmt-text">24 小时商店、药店、岗亭等，遇到危险可以进去躲避、求助、报警。</Text>
          <Text className="jmt-hint watch-point-nearby__reason">{LOCATION_REASON}</Text>
          {state.step === 'failed' ? (
            <View className="watch-point-nearby__problem" role="alert">
              <Text>{state.message}</Text>
            </View>
          ) : null}
          <ActionButton onClick={find} disabled={state.step === 'locating'}>
            {state.step === 'locating' ? '正在查找…' : state.step === 'failed' ? '再试一次' : '查找附近的守望点'}
          </ActionButton>
        </View>
      )}
      {showAllLink ? (
        <Text className="jmt-label watch-point-nearby__all" onClick={() => Taro.navigateTo({ url: communityUrls.watchPoints })}>
          查看更多守望点 ›
        </Text>
      ) : null}
    </View>
  )
}
