import { _, db } from './cloud'
import type { StaffDoc } from './identity'
import { rows } from './results'
import { namesById } from './record-names'

/**
 * The names of the staff among these OPENIDs (at most 100): an officer's from their officer record, an
 * admin's from their grant. Residents and unnamed admins are left out; the caller says what to show.
 */
export async function staffNames(openids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(openids)].slice(0, 100)
  const names = new Map<string, string>()
  if (wanted.length === 0) return names
  const grants = await rows<StaffDoc>(
    db
      .collection('staff')
      .where({ _id: _.in(wanted) })
      .limit(wanted.length)
      .get(),
  )
  const officerName = await namesById(
    'officers',
    grants.map((g) => g.officerId).filter((v): v is string => Boolean(v)),
  )
  for (const grant of grants) {
    const name = (grant.officerId && officerName.get(grant.officerId)) || grant.name
    if (name) names.set(grant._id, name)
  }
  return names
}
