import { useState } from 'react'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import { saveCsv } from '../../files/save-file'
import { useRemote } from '../../hooks/useRemote'
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
  const [exporting, setExporting] = useState(false)
  const [exportError, setExportError] = useState<string | null>(null)

  async function exportCsv() {
    setExporting(true)
    setExportError(null)
    try {
      const { filename, csv } = await call('plates', 'exportStats', statsInput(days, stationId))
      await saveCsv(filename, csv)
    } catch (failure) {
      setExportError(toApiError(failure).message)
    } finally {
      setExporting(false)
    }
  }

  return { role, days, setDays, stationId, setStationId, stats, exportCsv, exporting, exportError }
}
