import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'

export interface StaffRole {
  isAdmin: boolean
  /** An officer's own station: their lists are limited to it. */
  stationId?: string
}

/** Who is using the console. Admin-only actions stay hidden until this says admin. */
export function useStaffRole(): StaffRole {
  const whoami = useRemote(() => call('org', 'whoami', {}), [], { isEmpty: () => false })
  if (whoami.status !== 'ready') return { isAdmin: false }
  return { isAdmin: whoami.data.role === 'admin', stationId: whoami.data.role === 'officer' ? whoami.data.stationId : undefined }
}
