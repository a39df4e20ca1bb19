import type { LocalDatabase } from '../db'
import { loadOrgDemo } from './org'

/** Demo data for an empty store (DEMO=1): one domain a file. */
export async function loadDemoData(db: LocalDatabase) {
  await loadOrgDemo(db)
}
