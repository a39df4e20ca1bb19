import type { Station } from '@/types/org'
import { call } from '../../api'
import { type Remote, useRemote } from '../../hooks/useRemote'
import { useOnChange } from '../changes'

/** Enough stations for a district: the console offers them as choices and names them in lists. */
const STATION_CHOICES = 100

/** Every station, to pick from in forms and filters and to name in lists. */
export function useStations(): Remote<Station[]> {
  const stations = useRemote(async () => (await call('org', 'listStations', { limit: STATION_CHOICES })).items)
  useOnChange('stations', stations.retry)
  return stations
}

export function stationName(stations: Remote<Station[]>, stationId: string): string {
  if (stations.status !== 'ready') return ''
  return stations.data.find((s) => s.stationId === stationId)?.name ?? ''
}
