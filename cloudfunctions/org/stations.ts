import type { ActionInput, ActionOutput } from '../../types'
import type { Station } from '../../types/org'
import { db } from '../_shared/cloud'
import { notFound } from '../_shared/errors'
import { pageByKey } from '../_shared/paging'
import { addedId, firstRow } from '../_shared/results'
import type { StationDoc } from './docs'

export function toStation(doc: StationDoc): Station {
  const { _id, name, address, phone, location } = doc
  return location ? { stationId: _id, name, address, phone, location } : { stationId: _id, name, address, phone }
}

export async function createStation(input: ActionInput<'org', 'createStation'>): Promise<ActionOutput<'org', 'createStation'>> {
  const stationId = await addedId(db.collection('stations').add({ data: { ...input, createdAt: db.serverDate() } }))
  return { stationId }
}

export async function listStations(input: ActionInput<'org', 'listStations'>): Promise<ActionOutput<'org', 'listStations'>> {
  const page = await pageByKey<StationDoc>({ collection: 'stations', where: {}, sortBy: 'name', direction: 'asc', ...input })
  return { ...page, items: page.items.map(toStation) }
}

export async function getStation(stationId: string): Promise<StationDoc> {
  const station = await firstRow<StationDoc>(db.collection('stations').where({ _id: stationId }).limit(1).get())
  if (!station) throw notFound('没有找到该派出所')
  return station
}
