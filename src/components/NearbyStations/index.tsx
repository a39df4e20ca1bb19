import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { distanceM, distanceWords, type LatLng } from '@/types/geo'
import type { Station } from '@/types/org'
import { call } from '../../api'
import { locateOnce, locationAlreadyAllowed, type LocationWords } from '../../device/location'
import { useRemote } from '../../hooks/useRemote'
import ActionButton from '../ActionButton'
import PageState from '../PageState'
import StationCard from '../StationCard'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

interface NearbyStationsProps {
  /** How many to show before 显示全部. */
  limit?: number
}

const STATION_LOCATION_WORDS: LocationWords = {
  denied: '没有得到位置权限，下面按名称列出。可以在设置里允许使用位置。',
  failed: '暂时没能读取位置，下面按名称列出。',
}

type Locating = { step: 'idle' } | { step: 'locating' } | { step: 'found'; here: LatLng } | { step: 'failed'; message: string }

/** Stations nearest first (those without a position last), with how far each is. */
function byDistance(stations: Station[], here: LatLng): { station: Station; metres?: number }[] {
  return stations
    .map((station) => ({ station, metres: station.location ? distanceM(here, station.location) : undefined }))
    .sort((a, b) => (a.metres ?? Infinity) - (b.metres ?? Infinity))
}

/**
 * The district's 警务室 and 派出所: nearest first when the position may be read (already allowed, or
 * after the person taps), else the list as the cloud keeps it, by name. For when a plate cannot tell
 * who the officer is.
 */
export default function NearbyStations({ limit = 3 }: NearbyStationsProps) {
  const stations = useRemote(() => call('org', 'listStations', { limit: 100 }), [])
  const [locating, setLocating] = useState<Locating>({ step: 'idle' })
  const [all, setAll] = useState(false)

  async function locate() {
    setLocating({ step: 'locating' })
    try {
      setLocating({ step: 'found', here: await locateOnce(STATION_LOCATION_WORDS) })
    } catch (error) {
      setLocating({ step: 'failed', message: error instanceof Error ? error.message : STATION_LOCATION_WORDS.failed })
    }
  }

  // Asks nothing: only a position the person has already allowed is read on opening.
  useEffect(() => {
    let current = true
    void locationAlreadyAllowed().then((allowed) => {
      if (allowed && current) void locate()
    })
    return () => {
      current = false
    }
  }, [])

  const here = locating.step === 'found' ? locating.here : undefined
  return (
    <View className="nearby-stations" data-testid="nearby-stations">
      <SectionTitle>{here ? '离您最近的警务室' : '附近的警务室'}</SectionTitle>
      <PageState remote={stations} compact loadingText="正在读取警务室…" emptyTitle="暂时没有警务室信息">
        {({ items }) => {
          const rows = here ? byDistance(items, here) : items.map((station) => ({ station, metres: undefined }))
          const shown = all ? rows : rows.slice(0, limit)
          return (
            <View>
              {here ? null : (
                <View className="nearby-stations__ask">
                  <Text className="nearby-stations__reason">点下面的按钮后才会读取一次您的位置，只用来找最近的警务室，不保存。</Text>
                  {locating.step === 'failed' ? (
                    <View className="nearby-stations__problem" role="alert">
                      <Text>{locating.message}</Text>
                    </View>
                  ) : null}
                  <ActionButton tone="secondary" onClick={locate} disabled={locating.step === 'locating'}>
                    {locating.step === 'locating' ? '正在读取位置…' : '按离我最近排列'}
                  </ActionButton>
                </View>
              )}
              {shown.map(({ station, metres }) => (
                <View key={station.stationId}>
                  {metres !== undefined ? <Text className="jmt-kicker nearby-stations__distance">{`约 ${distanceWords(metres)}`}</Text> : null}
                  <StationCard station={station} />
                </View>
              ))}
              {!all && rows.length > shown.length ? (
                <ActionButton tone="quiet" onClick={() => setAll(true)}>
                  {`显示全部 ${rows.length} 个警务室`}
                </ActionButton>
              ) : null}
            </View>
          )
        }}
      </PageState>
    </View>
  )
}
