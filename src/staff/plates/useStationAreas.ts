import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'

/** The areas a plate of this station can be bound to (held by the station, or named by its plates). */
export function useStationAreas(stationId: string) {
  return useRemote(async () => (stationId ? (await call('plates', 'listAreas', { stationId })).items : []), [stationId])
}
