import { useState } from 'react'
import { call } from '../../api'
import { NO_FILTER, type PlateFilter } from '../components/PlateFilters'
import { usePagedList } from '../hooks/usePagedList'
import { useStaffRole } from '../hooks/useStaffRole'
import { usePlateSelection } from './usePlateSelection'

/** The plates page: the filtered list, page by page, the plates ticked for a bulk change, and the reader's role. */
export function usePlateRegister() {
  const role = useStaffRole()
  const [filter, setFilter] = useState<PlateFilter>(NO_FILTER)
  const list = usePagedList(
    (cursor, limit) =>
      call('plates', 'list', {
        limit,
        cursor,
        ...(filter.stationId ? { stationId: filter.stationId } : {}),
        ...(filter.q ? { q: filter.q } : {}),
        ...(filter.status ? { status: filter.status } : {}),
      }),
    [filter.stationId, filter.q, filter.status],
    'plates',
  )
  const selection = usePlateSelection(list.remote.status === 'ready' ? list.remote.data.items : [])
  return { role, filter, setFilter, list, selection }
}
