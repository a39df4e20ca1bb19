import { useState } from 'react'
import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'

export const STATS_WINDOWS = [7, 30, 90] as const
export type StatsWindow = (typeof STATS_WINDOWS)[number]

/** The statistics page: scans over the last `days` days, per plate and per day, and the stale plates. */
export function useScanStats() {
  const [days, setDays] = useState<StatsWindow>(30)
  const stats = useRemote(
    () => call('plates', 'stats', { days }),
    [days],
    { isEmpty: (report) => report.perDay.length === 0 && report.stale.length === 0 },
  )
  return { days, setDays, stats }
}
