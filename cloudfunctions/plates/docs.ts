import type { Station } from '../../types/org'
import type { Plate, PlateOfficer } from '../../types/plates'

/**
 * A plate as stored. `card` is the officer and station a scan shows, copied here whenever they change
 * (see _shared/plate-cards.ts), so that a lookup reads one document instead of joining three.
 */
export interface PlateDoc extends Omit<Plate, 'code'> {
  _id: string
  retiredReason?: string
  /** The createBatch call that made the plate, for printing and exporting the batch as a whole. */
  batchId?: string
  scans: number
  card: { officer: PlateOfficer | null; station: Station }
  createdAt: Date
  updatedAt: Date
}

/** One person's opening of one plate within one China hour, counted once; compacted after the hour. */
export interface ScanMarkDoc {
  _id: string
  code: string
  day: string
  at: Date
}

/** Scans of a plate on a China day, with no trace of who scanned. */
export interface ScanDayDoc {
  _id: string
  code: string
  stationId: string
  day: string
  scans: number
}
