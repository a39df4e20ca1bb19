import { useState } from 'react'
import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'

export const STATS_WINDOWS = [7, 30, 90] as const
export type StatsWindow = (typeof STATS_WINDOWS)[number]

/**
 * The statistics page: scans over the last `days` days, and the names of the newest plates so the
 * totals can say which plate is which (the stats answer carries codes only).
 */
export function useScanStats() {
  const [days, setDays] = useState<StatsWindow>(30)
  const stats = useRemote(
    async () => {
      const [report, plates] = await Promise.all([call('plates', 'stats', { days }), call('plates', 'list', { limit: 100 })])
      const labels: Record<string, string> = {}
      for (const plate of plates.items) labels[plate.code] = plate.label
      return { ...report, labels }
    },
    [days],
    { isEmpty: (report) => report.perDay.length === 0 && report.stale.length === 0 },
  )
  return { days, setDays, stats }
}
