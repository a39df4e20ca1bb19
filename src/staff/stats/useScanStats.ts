import { useState } from 'react'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import { saveCsv } from '../../files/save-file'
import { useRemote } from '../../hooks/useRemote'
import { useStaffRole } from '../hooks/useStaffRole'

export const STATS_WINDOWS = [7, 30, 90] as const
export type StatsWindow = (typeof STATS_WINDOWS)[number]

/**
 * The statistics page: scans over the last `days` days per day, per area and per plate, the stale
 * plates, for one station (an officer's own; an admin's choice, or all), and the same as a CSV.
 */
export function useScanStats() {
  const role = useStaffRole()
  const [days, setDays] = useState<StatsWindow>(30)
  const [stationId, setStationId] = useState('')
  const input = { days, ...(stationId ? { stationId } : {}) }
  const stats = useRemote(() => call('plates', 'stats', input), [days, stationId], {
    isEmpty: (report) => report.perPlate.length === 0 && report.stale.length === 0,
  })
  const [exporting, setExporting] = useState(false)
  const [exportError, setExportError] = useState<string | null>(null)

  async function exportCsv() {
    setExporting(true)
    setExportError(null)
    try {
      const { filename, csv } = await call('plates', 'exportStats', input)
      await saveCsv(filename, csv)
    } catch (failure) {
      setExportError(toApiError(failure).message)
    } finally {
      setExporting(false)
    }
  }

  return { role, days, setDays, stationId, setStationId, stats, exportCsv, exporting, exportError }
}
