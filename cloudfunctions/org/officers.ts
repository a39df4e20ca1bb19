import type { ActionInput, ActionOutput } from '../../types'
import type { Officer } from '../../types/org'
import { _, db } from '../_shared/cloud'
import { isDuplicateKey } from '../_shared/db-errors'
import { conflict, forbidden } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { pageByKey } from '../_shared/paging'
import { refreshPlateCards } from '../_shared/plate-cards'
import { addedId } from '../_shared/results'
import { getStation } from '../_shared/stations'
import { assignAreas } from './areas'
import type { OfficerDoc } from './docs'
import { requireById } from '../_shared/by-id'

export function toOfficer(doc: OfficerDoc): Officer {
  const { _id, name, badgeNo, phone, dutyHours, stationId, areas, photoUrl } = doc
  return { officerId: _id, name, badgeNo, phone, dutyHours, stationId, areas, ...(photoUrl ? { photoUrl } : {}), active: doc.active !== false }
}

export const requireOfficer = (officerId: string) => requireById<OfficerDoc>('officers', officerId, '没有找到该民警')

const uniqueAreas = (areas: string[]) => [...new Set(areas)]

export async function createOfficer(input: ActionInput<'org', 'createOfficer'>): Promise<ActionOutput<'org', 'createOfficer'>> {
  await getStation(input.stationId)
  const areas = uniqueAreas(input.areas)
  const now = db.serverDate()
  let officerId: string
  try {
    officerId = await addedId(db.collection('officers').add({ data: { ...input, areas, active: true, createdAt: now, updatedAt: now } }))
  } catch (error) {
    if (isDuplicateKey(error)) throw conflict(`警号 ${input.badgeNo} 已被使用`)
    throw error
  }
  await assignAreas(officerId, input.stationId, areas)
  await refreshPlateCards(areas)
  return { officerId }
}

export async function updateOfficer(input: ActionInput<'org', 'updateOfficer'>): Promise<ActionOutput<'org', 'updateOfficer'>> {
  const { officerId, ...changes } = input
  const current = await requireOfficer(officerId)
  if (changes.stationId && changes.stationId !== current.stationId) await getStation(changes.stationId)

  const areas = changes.areas ? uniqueAreas(changes.areas) : current.areas
  const stationId = changes.stationId ?? current.stationId
  try {
    await db
      .collection('officers')
      .doc(officerId)
      .update({ data: { ...changes, areas, updatedAt: db.serverDate() } })
  } catch (error) {
    if (isDuplicateKey(error)) throw conflict(`警号 ${changes.badgeNo} 已被使用`)
    throw error
  }
  const released = current.areas.filter((a) => !areas.includes(a))
  if (changes.areas || changes.stationId) await assignAreas(officerId, stationId, areas, released)
  // Plates show the officer's name, phone and hours: every plate of every area touched follows.
  await refreshPlateCards([...areas, ...released])
  if (changes.stationId) {
    await db.collection('staff').where({ officerId }).update({ data: { stationId } })
  }
  return { officerId }
}

export async function listOfficers(input: ActionInput<'org', 'listOfficers'>, caller: Caller): Promise<ActionOutput<'org', 'listOfficers'>> {
  const { stationId, ...page } = input
  // Officers see their own station's roster; admins see any.
  if (caller.role === 'officer' && stationId && stationId !== caller.stationId) throw forbidden('只能查看本所的民警')
  const scope = caller.role === 'officer' ? caller.stationId : stationId
  const where = scope ? { stationId: scope } : { _id: _.exists(true) }
  const result = await pageByKey<OfficerDoc>({ collection: 'officers', where, sortBy: 'badgeNo', direction: 'asc', ...page })
  return { ...result, items: result.items.map(toOfficer) }
}

/**
 * Deactivating (an officer transferred or retired) keeps the record, its areas and its grants, so that
 * reactivating restores everything; meanwhile the grants open nothing (`suspended`, read by
 * resolveCaller), open 绑定码 for the record are void, and plate cards show the station instead.
 */
export async function setOfficerActive(officerId: string, active: boolean): Promise<{ officerId: string; active: boolean }> {
  const officer = await requireOfficer(officerId)
  const now = db.serverDate()
  await db
    .collection('officers')
    .doc(officerId)
    .update({ data: { active, updatedAt: now } })
  await db
    .collection('staff')
    .where({ officerId })
    .update({ data: { suspended: !active } })
  if (!active) await db.collection('bindCodes').where({ officerId }).remove()
  await refreshPlateCards(officer.areas)
  return { officerId, active }
}
