import { _, db } from '../_shared/cloud'

/**
 * Makes `officerId` the current officer of each area, taking the areas away from whoever had them, and
 * releases `released` areas. An area has at most one current officer because its document, keyed by
 * the area's name, holds exactly one `officerId`; officers' `areas` lists are kept in step with it.
 */
export async function assignAreas(officerId: string, stationId: string, areas: string[], released: string[] = []) {
  const now = db.serverDate()
  for (const area of areas) {
    await db
      .collection('areas')
      .doc(area)
      .set({ data: { stationId, officerId, updatedAt: now } })
  }
  if (areas.length > 0) {
    await db
      .collection('officers')
      .where({ _id: _.neq(officerId), areas: _.in(areas) })
      .update({ data: { areas: _.pullAll(areas), updatedAt: now } })
  }
  for (const area of released) {
    await db
      .collection('areas')
      .where({ _id: area, officerId })
      .update({ data: { officerId: null, updatedAt: now } })
  }
}
