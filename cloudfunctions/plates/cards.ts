import type { PlateOfficer } from '../../types/plates'
import { _, db } from '../_shared/cloud'
import { firstRow, rows } from '../_shared/results'
import type { AreaDoc, OfficerDoc, StationDoc } from '../org/docs'
import { toStation } from '../org/stations'
import type { PlateDoc } from './docs'

export function toPlateOfficer(officer: OfficerDoc): PlateOfficer {
  const { _id, name, badgeNo, dutyHours, phone, photoUrl } = officer
  return { officerId: _id, name, badgeNo, dutyHours, phone, ...(photoUrl ? { photoUrl } : {}) }
}

/** What a scan of a plate in `area` of `stationId` shows now: the area's current officer and the station. */
export async function cardFor(area: string, stationId: string): Promise<PlateDoc['card']> {
  const [areaDoc, station] = await Promise.all([
    firstRow<AreaDoc>(db.collection('areas').where({ _id: area }).limit(1).get()),
    firstRow<StationDoc>(db.collection('stations').where({ _id: stationId }).limit(1).get()),
  ])
  if (!station) throw new Error(`station ${stationId} of a plate does not exist`)
  const officer = areaDoc?.officerId
    ? await firstRow<OfficerDoc>(db.collection('officers').where({ _id: areaDoc.officerId }).limit(1).get())
    : undefined
  return { officer: officer ? toPlateOfficer(officer) : null, station: toStation(station) }
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
    const plates = await rows<Pick<PlateDoc, '_id' | 'stationId'>>(
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

/** The areas whose plates show something of this station. */
export async function areasOfStation(stationId: string): Promise<string[]> {
  const areas = await rows<AreaDoc>(db.collection('areas').where({ stationId }).field({ _id: true }).limit(1000).get())
  return areas.map((a) => a._id)
}
