import { useState } from 'react'
import { ANY_STATION } from '../components/StationPicker'
import { useStaffRole } from '../hooks/useStaffRole'

/** A queue's filter: a status and, for admins, a station. Officers see their own station's records only. */
export function useQueueFilter<S extends string>(initial: S) {
  const role = useStaffRole()
  const [status, setStatus] = useState<S>(initial)
  const [stationId, setStationId] = useState(ANY_STATION)
  const station = role.isAdmin && stationId !== ANY_STATION ? { stationId } : {}
  return { role, status, setStatus, stationId, setStationId, station }
}
