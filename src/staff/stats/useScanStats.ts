import { useState } from 'react'
import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'
import { useCsvExport } from '../hooks/useCsvExport'
import { useStaffRole } from '../hooks/useStaffRole'

export const STATS_WINDOWS = [7, 30, 90] as const
export type StatsWindow = (typeof STATS_WINDOWS)[number]

/** One station's figures, or (no station chosen) every station the caller may see. */
const statsInput = (days: StatsWindow, stationId: string) => ({ days, ...(stationId ? { stationId } : {}) })

/**
 * The statistics page: scans over the last `days` days per day, per area and per plate, the stale
 * plates, for one station (an officer's own; an admin's choice, or all), and the same as a CSV.
 */
export function useScanStats() {
  const role = useStaffRole()
  const [days, setDays] = useState<StatsWindow>(30)
  const [stationId, setStationId] = useState('')
  const stats = useRemote(() => call('plates', 'stats', statsInput(days, stationId)), [days, stationId], {
    isEmpty: (report) => report.perPlate.length === 0 && report.stale.length === 0,
  })
  const csv = useCsvExport(() => call('plates', 'exportStats', statsInput(days, stationId)))

  return { role, days, setDays, stationId, setStationId, stats, csv }
}
