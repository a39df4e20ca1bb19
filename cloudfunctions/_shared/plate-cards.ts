import type { Station } from '../../types/org'
import type { PlateOfficer } from '../../types/plates'
import { _, db } from './cloud'
import type { AreaDoc, OfficerDoc } from './officers'
import { firstRow, rows } from './results'
import { type StationDoc, toStation } from './stations'

/**
 * A plate's card: the officer and station a scan of it shows, copied onto the plate whenever they
 * change so that a lookup reads one document. Plates write it when a plate is made, org whenever an
 * area, an officer or a station changes, and 留言 reads it to route a message: it lives here.
 */
export interface PlateCard {
  officer: PlateOfficer | null
  station: Station
}

/** The part of a stored plate that says where it is and who looks after it. */
export interface PlatePlace {
  _id: string
  area: string
  stationId: string
  card: PlateCard
}

export async function findPlatePlace(code: string): Promise<PlatePlace | undefined> {
  return firstRow<PlatePlace>(db.collection('plates').where({ _id: code }).field({ area: true, stationId: true, card: true }).limit(1).get())
}

export function toPlateOfficer(officer: OfficerDoc): PlateOfficer {
  const { _id, name, badgeNo, dutyHours, phone, photoUrl } = officer
  return { officerId: _id, name, badgeNo, dutyHours, phone, ...(photoUrl ? { photoUrl } : {}) }
}

/** What a scan of a plate in `area` of `stationId` shows now: the area's current officer and the station. */
export async function cardFor(area: string, stationId: string): Promise<PlateCard> {
  const [areaDoc, station] = await Promise.all([
    firstRow<AreaDoc>(db.collection('areas').where({ _id: area }).limit(1).get()),
    firstRow<StationDoc>(db.collection('stations').where({ _id: stationId }).limit(1).get()),
  ])
  if (!station) throw new Error(`station ${stationId} of a plate does not exist`)
  const officer = areaDoc?.officerId ? await firstRow<OfficerDoc>(db.collection('officers').where({ _id: areaDoc.officerId }).limit(1).get()) : undefined
  // A deactivated officer (org.deactivateOfficer) is not anyone's officer to residents: the station shows instead.
  return { officer: officer && officer.active !== false ? toPlateOfficer(officer) : null, station: toStation(station) }
}

/**
 * Brings the cards of the active plates in these areas up to date. Called by org whenever an area
 * changes hands, an officer's details change, or a station's do: the plate stays, the card follows.
 * An area handed to an officer of another station takes its plates along (the console asks before
 * such a move): a plate belongs to the station that holds its area.
 */
export async function refreshPlateCards(areas: string[]): Promise<void> {
  for (const area of new Set(areas)) {
    const held = await firstRow<AreaDoc>(db.collection('areas').where({ _id: area }).limit(1).get())
    if (held) {
      await db
        .collection('plates')
        .where({ area, stationId: _.neq(held.stationId) })
        .update({ data: { stationId: held.stationId, updatedAt: db.serverDate() } })
    }
    const plates = await rows<Pick<PlatePlace, '_id' | 'stationId'>>(
      db.collection('plates').where({ area, status: 'active' }).field({ stationId: true }).limit(1000).get(),
    )
    const stations = new Set(plates.map((p) => p.stationId))
    for (const stationId of stations) {
      const card = await cardFor(area, stationId)
      await db
        .collection('plates')
        .where({ area, stationId, status: 'active' })
        .update({ data: { card: _.set(card), updatedAt: db.serverDate() } })
    }
  }
}
