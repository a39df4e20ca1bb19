import { useState } from 'react'
import { call } from '../../api'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { ANY_STATION } from '../components/StationPicker'
import { usePagedList } from '../hooks/usePagedList'
import { useStaffRole } from '../hooks/useStaffRole'

export type SessionsWhen = 'upcoming' | 'past'

export const WHEN_CHOICES: ReadonlyArray<{ value: SessionsWhen; label: string }> = [
  { value: 'upcoming', label: '即将进行' },
  { value: 'past', label: '已结束' },
]

/**
 * The console's list of sessions, kept apart from how it is drawn (phone rows today, a desk table
 * later): which tab (upcoming soonest first, past latest first), an admin's station, and the pages read.
 */
export function useStationSessions() {
  const role = useStaffRole()
  const [when, setWhen] = useState<SessionsWhen>('upcoming')
  const [stationId, setStationId] = useState(ANY_STATION)
  const station = role.isAdmin && stationId !== ANY_STATION ? { stationId } : {}
  const list = usePagedList((cursor, limit) => call('visits', 'listStationSessions', { when, ...station, limit, cursor }), [when, station.stationId])
  useReloadOnShow(list.remote.retry)
  return { role, when, setWhen, stationId, setStationId, list }
}
