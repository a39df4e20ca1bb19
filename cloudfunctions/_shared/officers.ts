import { db } from './cloud'
import { firstRow } from './results'

/**
 * Officers and the communities they look after, as every domain reads them: org keeps them, plate
 * cards show them, a 留言 reply is signed with the officer's name. Only org writes them.
 */
export interface OfficerDoc {
  _id: string
  name: string
  badgeNo: string
  phone: string
  dutyHours: string
  stationId: string
  areas: string[]
  photoUrl?: string
  /** False once deactivated (org.deactivateOfficer); missing (older records) counts as active. */
  active?: boolean
  createdAt: Date
  updatedAt: Date
}

/** One community: which station it belongs to and who its current officer is (at most one). */
export interface AreaDoc {
  _id: string
  stationId: string
  officerId: string | null
  updatedAt: Date
}

/** An officer's name, or undefined when there is no such officer. */
export async function officerName(officerId: string): Promise<string | undefined> {
  const officer = await firstRow<Pick<OfficerDoc, 'name'>>(db.collection('officers').where({ _id: officerId }).limit(1).get())
  return officer?.name
}
