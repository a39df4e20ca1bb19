import { useState } from 'react'
import { toApiError } from '../../api/errors'
import { saveCsv } from '../../files/save-file'

/** What an export action answers: the table the server built, and the name to save it under. */
export interface CsvFile {
  filename: string
  csv: string
}

/**
 * Saves a table the server builds (a batch's plates, the scan statistics): `exporting` while it is
 * out, the refusal in Chinese when it fails.
 */
export function useCsvExport(load: () => Promise<CsvFile>) {
  const [exporting, setExporting] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function exportCsv() {
    setExporting(true)
    setProblem(null)
    try {
      const { filename, csv } = await load()
      await saveCsv(filename, csv)
    } catch (failure) {
      setProblem(toApiError(failure).message)
    } finally {
      setExporting(false)
    }
  }

  return { exportCsv, exporting, problem }
}
