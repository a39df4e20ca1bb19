import type { ActionInput, ActionOutput } from '../../types'
import { _, db } from '../_shared/cloud'
import { isDuplicateKey } from '../_shared/db-errors'
import { conflict } from '../_shared/errors'
import { pageByKey } from '../_shared/paging'
import type { AreaDoc } from '../_shared/officers'
import { refreshPlateCards } from '../_shared/plate-cards'
import { addedId, firstRow, rows } from '../_shared/results'
import { getStation, type StationDoc, toStation } from '../_shared/stations'

const duplicateName = (name: string) => conflict(`已经有一个叫“${name}”的派出所或警务室，请换一个名称`)

/**
 * Names are unique: residents and officers tell stations apart by name. A read first gives the clear
 * answer; the unique index on `name` (database/indexes.json) settles two admins creating the same
 * name at once.
 */
async function requireFreeName(name: string, except?: string): Promise<void> {
  const where = except ? { name, _id: _.neq(except) } : { name }
  if (await firstRow<StationDoc>(db.collection('stations').where(where).limit(1).get())) throw duplicateName(name)
}

export async function createStation(input: ActionInput<'org', 'createStation'>): Promise<ActionOutput<'org', 'createStation'>> {
  await requireFreeName(input.name)
  try {
    const stationId = await addedId(db.collection('stations').add({ data: { ...input, createdAt: db.serverDate() } }))
    return { stationId }
  } catch (error) {
    if (isDuplicateKey(error)) throw duplicateName(input.name)
    throw error
  }
}

export async function updateStation(input: ActionInput<'org', 'updateStation'>): Promise<ActionOutput<'org', 'updateStation'>> {
  const { stationId, ...changes } = input
  await getStation(stationId)
  if (changes.name) await requireFreeName(changes.name, stationId)
  try {
    await db
      .collection('stations')
      .doc(stationId)
      .update({ data: { ...changes, updatedAt: db.serverDate() } })
  } catch (error) {
    if (isDuplicateKey(error) && changes.name) throw duplicateName(changes.name)
    throw error
  }
  // Every plate card shows its station's name, address and phone: they follow.
  const areas = await rows<Pick<AreaDoc, '_id'>>(db.collection('areas').where({ stationId }).field({ _id: true }).limit(1000).get())
  await refreshPlateCards(areas.map((a) => a._id))
  return { stationId }
}

export async function listStations(input: ActionInput<'org', 'listStations'>): Promise<ActionOutput<'org', 'listStations'>> {
  const page = await pageByKey<StationDoc>({ collection: 'stations', where: {}, sortBy: 'name', direction: 'asc', ...input })
  return { ...page, items: page.items.map(toStation) }
}
