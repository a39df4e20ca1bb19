import type { LocalDatabase } from '../db'
import { loadCommunityDemo } from './community'
import { loadFraudDemo } from './fraud'
import { loadMessagesDemo } from './messages'
import { loadOrgDemo } from './org'
import { loadPlatesDemo } from './plates'
import { loadVisitsDemo } from './visits'

/** Demo data for an empty store (DEMO=1): one domain a file. */
export async function loadDemoData(db: LocalDatabase) {
  await loadOrgDemo(db)
  await loadPlatesDemo(db)
  await loadVisitsDemo(db)
  await loadFraudDemo(db)
  await loadCommunityDemo(db)
  await loadMessagesDemo(db)
}
