import type { ActionInput, ActionOutput } from '../../types'
import { DEFAULT_RADIUS_KM, type WatchPoint } from '../../types/community'
import { DEFAULT_PAGE_SIZE } from '../../types/common'
import { _, db } from '../_shared/cloud'
import type { Caller } from '../_shared/identity'
import { pageByKey } from '../_shared/paging'
import { containing } from '../_shared/search'
import { addedId, rows } from '../_shared/results'
import { distanceM } from '../_shared/distance'
import { listStation, requireOwnStation, writeStation } from '../_shared/station-scope'
import { getStation } from '../_shared/stations'
import { latLngOf, type WatchPointDoc } from './docs'
import { cellOf, cellsAround } from './geo'
import { hoursText, isOpenAt } from './hours'
import { requireById } from '../_shared/by-id'

const NEARBY_DEFAULT = 10

function toWatchPoint(doc: WatchPointDoc): WatchPoint {
  const { lat, lng } = latLngOf(doc.location)
  return {
    id: doc._id,
    name: doc.name,
    address: doc.address,
    location: { lat, lng },
    phone: doc.phone,
    services: doc.services,
    hours: doc.hours,
    hoursText: hoursText(doc.hours),
    stationId: doc.stationId,
    ...(doc.area ? { area: doc.area } : {}),
  }
}

/**
 * Nearest first. The query names the grid cells the circle touches (answered from the `cell` index)
 * and a geoNear on `location` (the 2dsphere index in the cloud), which also sorts by distance.
 */
export async function nearbyWatchPoints(
  input: ActionInput<'community', 'nearbyWatchPoints'>,
  now = new Date(),
): Promise<ActionOutput<'community', 'nearbyWatchPoints'>> {
  const radiusKm = input.radiusKm ?? DEFAULT_RADIUS_KM
  const limit = input.limit ?? NEARBY_DEFAULT
  const here = { lat: input.lat, lng: input.lng }
  const docs = await rows<WatchPointDoc>(
    db
      .collection('watchPoints')
      .where({
        cell: _.in(cellsAround(input.lat, input.lng, radiusKm)),
        status: 'active',
        location: _.geoNear({ geometry: new db.Geo.Point(input.lng, input.lat), maxDistance: radiusKm * 1000, minDistance: 0 }),
      })
      .limit(limit)
      .get(),
  )
  const items = docs
    .map((doc) => {
      const point = toWatchPoint(doc)
      return { ...point, distanceM: Math.round(distanceM(here, point.location)), openNow: isOpenAt(doc.hours, now) }
    })
    .sort((a, b) => a.distanceM - b.distanceM)
  return { items }
}

/**
 * Watch points for someone who has not given (or cannot give) a position: every active point, by
 * name, of one station and/or matching part of its name, address or community.
 */
export async function browseWatchPoints(
  input: ActionInput<'community', 'browseWatchPoints'>,
  now = new Date(),
): Promise<ActionOutput<'community', 'browseWatchPoints'>> {
  const where: Record<string, unknown> = { status: 'active', ...(input.stationId ? { stationId: input.stationId } : {}) }
  const search = input.q ? containing(input.q) : undefined
  const page = await pageByKey<WatchPointDoc>({
    collection: 'watchPoints',
    where: search ? _.and([where, _.or([{ name: search }, { address: search }, { area: search }])]) : where,
    sortBy: 'name',
    direction: 'asc',
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
    cursor: input.cursor,
  })
  return { ...page, items: page.items.map((doc) => ({ ...toWatchPoint(doc), openNow: isOpenAt(doc.hours, now) })) }
}

export async function listWatchPoints(
  input: ActionInput<'community', 'listWatchPoints'>,
  caller: Caller,
): Promise<ActionOutput<'community', 'listWatchPoints'>> {
  const stationId = listStation(caller, input.stationId)
  const page = await pageByKey<WatchPointDoc>({
    collection: 'watchPoints',
    where: { status: 'active', ...(stationId !== undefined ? { stationId } : {}) },
    sortBy: 'name',
    direction: 'asc',
    limit: input.limit ?? DEFAULT_PAGE_SIZE,
    cursor: input.cursor,
  })
  return { ...page, items: page.items.map(toWatchPoint) }
}

const requireWatchPoint = (id: string) => requireById<WatchPointDoc>('watchPoints', id, '没有找到这个守望点')

export async function getWatchPoint(input: ActionInput<'community', 'getWatchPoint'>): Promise<ActionOutput<'community', 'getWatchPoint'>> {
  const doc = await requireWatchPoint(input.id)
  return { ...toWatchPoint(doc), status: doc.status }
}

export async function saveWatchPoint(input: ActionInput<'community', 'saveWatchPoint'>, caller: Caller): Promise<ActionOutput<'community', 'saveWatchPoint'>> {
  const { id, location, area, stationId: asked, ...fields } = input
  const existing = id ? await requireWatchPoint(id) : undefined
  if (existing) requireOwnStation(caller, existing.stationId)
  const stationId = writeStation(caller, asked ?? existing?.stationId)
  if (stationId !== existing?.stationId) await getStation(stationId)
  const data = {
    ...fields,
    location: new db.Geo.Point(location.lng, location.lat),
    cell: cellOf(location.lat, location.lng),
    stationId,
    ...(area ? { area } : {}),
    updatedAt: db.serverDate(),
  }
  if (existing) {
    await db
      .collection('watchPoints')
      .doc(existing._id)
      .update({ data: { ...data, area: area ?? _.remove() } })
    return { id: existing._id }
  }
  return { id: await addedId(db.collection('watchPoints').add({ data: { ...data, status: 'active', createdAt: db.serverDate() } })) }
}

export async function retireWatchPoint(
  input: ActionInput<'community', 'retireWatchPoint'>,
  caller: Caller,
): Promise<ActionOutput<'community', 'retireWatchPoint'>> {
  const doc = await requireWatchPoint(input.id)
  requireOwnStation(caller, doc.stationId)
  await db
    .collection('watchPoints')
    .doc(doc._id)
    .update({ data: { status: 'retired', updatedAt: db.serverDate() } })
  return { id: doc._id, status: 'retired' }
}
