import type { LocalDatabase } from '../db'
import { loadOrgDemo } from './org'
import { loadPlatesDemo } from './plates'

/** Demo data for an empty store (DEMO=1): one domain a file. */
export async function loadDemoData(db: LocalDatabase) {
  await loadOrgDemo(db)
  await loadPlatesDemo(db)
}
