import { useState } from 'react'
import { call } from '../../api'
import { NO_FILTER, type PlateFilter } from '../components/PlateFilters'
import { usePagedList } from '../hooks/usePagedList'
import { useStaffRole } from '../hooks/useStaffRole'

/** The plates page: the filtered list, page by page, and the reader's role. */
export function usePlateRegister() {
  const role = useStaffRole()
  const [filter, setFilter] = useState<PlateFilter>(NO_FILTER)
  const list = usePagedList(
    (cursor, limit) =>
      call('plates', 'list', {
        limit,
        cursor,
        ...(filter.stationId ? { stationId: filter.stationId } : {}),
        ...(filter.area ? { area: filter.area } : {}),
        ...(filter.status ? { status: filter.status } : {}),
      }),
    [filter.stationId, filter.area, filter.status],
    'plates',
  )
  return { role, filter, setFilter, list }
}
