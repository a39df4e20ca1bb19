import { call } from '../../api'
import { usePagedList } from '../hooks/usePagedList'
import { useStaffRole } from '../hooks/useStaffRole'
import { useStations } from '../hooks/useStations'

/** The officers page: officers page by page, station names to show with them, and the reader's role. */
export function useOfficerRoster() {
  const role = useStaffRole()
  const stations = useStations()
  const list = usePagedList((cursor) => call('org', 'listOfficers', { limit: 20, cursor }), [], 'officers')
  return { role, stations, list }
}
