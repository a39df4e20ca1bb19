import { call } from '../../api'
import { usePagedList } from '../hooks/usePagedList'
import { useStaffRole } from '../hooks/useStaffRole'

/** The stations page: every station, page by page, and whether the reader may add one. */
export function useStationDirectory() {
  const role = useStaffRole()
  const list = usePagedList((cursor) => call('org', 'listStations', { limit: 20, cursor }), [], 'stations')
  return { role, list }
}
