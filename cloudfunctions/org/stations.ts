import type { ActionInput, ActionOutput } from '../../types'
import { db } from '../_shared/cloud'
import { pageByKey } from '../_shared/paging'
import { addedId } from '../_shared/results'
import { toStation } from '../_shared/stations'
import type { StationDoc } from './docs'

export async function createStation(input: ActionInput<'org', 'createStation'>): Promise<ActionOutput<'org', 'createStation'>> {
  const stationId = await addedId(db.collection('stations').add({ data: { ...input, createdAt: db.serverDate() } }))
  return { stationId }
}

export async function listStations(input: ActionInput<'org', 'listStations'>): Promise<ActionOutput<'org', 'listStations'>> {
  const page = await pageByKey<StationDoc>({ collection: 'stations', where: {}, sortBy: 'name', direction: 'asc', ...input })
  return { ...page, items: page.items.map(toStation) }
}
