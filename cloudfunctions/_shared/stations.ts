import type { GeoPoint } from '../../types/common'
import type { Station } from '../../types/org'
import { db } from './cloud'
import { distanceM } from './distance'
import { invalid } from './errors'
import { firstRow } from './results'
import { requireById } from './by-id'

/**
 * Police stations as every domain reads them: org keeps the collection, plates, community and visits
 * route their records to a station and show it. Only org writes stations.
 */
export interface StationDoc {
  _id: string
  name: string
  address: string
  phone: string
  location?: GeoPoint
  createdAt: Date
}

export function toStation(doc: StationDoc): Station {
  const { _id, name, address, phone, location } = doc
  return location ? { stationId: _id, name, address, phone, location } : { stationId: _id, name, address, phone }
}

export const getStation = (stationId: string) => requireById<StationDoc>('stations', stationId, '没有找到该派出所')

/**
 * The station a resident's record goes to: the one named (it must exist), else the one nearest the
 * place given, else '' (no way to tell: admins route it).
 */
export async function stationFor(stationId: string | undefined, location: { lat: number; lng: number } | undefined): Promise<string> {
  if (stationId) {
    const found = await firstRow<Pick<StationDoc, '_id'>>(db.collection('stations').where({ _id: stationId }).limit(1).get())
    if (!found) throw invalid('没有找到该派出所', 'stationId')
    return stationId
  }
  if (!location) return ''
  // A district has tens of stations: one read of them all is cheaper than a geo index.
  const stations = (await db.collection('stations').limit(100).get()) as unknown as { data: Pick<StationDoc, '_id' | 'location'>[] }
  let best: { id: string; d: number } | undefined
  for (const s of stations.data) {
    if (!s.location) continue
    const d = distanceM(location, s.location)
    if (!best || d < best.d) best = { id: s._id, d }
  }
  return best?.id ?? ''
}
