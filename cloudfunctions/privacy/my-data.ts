import type { ActionOutput } from '../../types'
import { _, db } from '../_shared/cloud'
import { chinaDay } from '../_shared/china-time'
import { rows } from '../_shared/results'
import { releaseBooking } from '../_shared/seats'
import { PERSONAL_DATA, type PersonalCollection } from './registry'

const BATCH = 100
/** More records than anyone makes by hand; a safety stop, not a quota. */
const MAX_PER_COLLECTION = 5000

type Row = Record<string, unknown> & { _id: string }

/** All of one person's documents in one collection, page by page (the cloud caps a query at 1000). */
async function ownedBy(entry: PersonalCollection, openid: string): Promise<Row[]> {
  const all: Row[] = []
  let after = ''
  while (all.length < MAX_PER_COLLECTION) {
    const page = await rows<Row>(
      db
        .collection(entry.collection)
        .where({ [entry.owner]: openid, _id: _.gt(after) })
        .orderBy('_id', 'asc')
        .limit(BATCH)
        .get(),
    )
    all.push(...page)
    const last = page.at(-1)
    if (!last || page.length < BATCH) break
    after = last._id
  }
  return all
}

/** Dates as ISO strings, internal keys out: what a person reads in their file. */
function forExport(doc: Row, internal: string[] = []): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>
  for (const key of internal) delete plain[key]
  return plain
}

export async function exportMyData(openid: string): Promise<ActionOutput<'privacy', 'exportMyData'>> {
  const records: Record<string, Record<string, unknown>[]> = {}
  const counts: Record<string, number> = {}
  await Promise.all(
    PERSONAL_DATA.map(async (entry) => {
      const docs = await ownedBy(entry, openid)
      records[entry.collection] = docs.map((d) => forExport(d, entry.internal))
      counts[entry.collection] = docs.length
    }),
  )
  const now = new Date()
  return { exportedAt: now.toISOString(), filename: `警民通-我的数据-${chinaDay(now)}.json`, openid, records, counts }
}

/** Upcoming bookings of someone leaving: cancelled, so that their seats go back to others. */
async function releaseUpcomingBookings(openid: string): Promise<number> {
  const upcoming = await rows<Row & { sessionId: string }>(
    db
      .collection('bookings')
      .where({ openid, status: 'booked', startsAt: _.gt(new Date()) })
      .limit(BATCH)
      .get(),
  )
  let released = 0
  for (const booking of upcoming) if (await releaseBooking(booking._id, booking.sessionId)) released++
  return released
}

export async function deleteMyData(openid: string): Promise<ActionOutput<'privacy', 'deleteMyData'>> {
  const removed: Record<string, number> = {}
  const anonymised: Record<string, number> = {}
  await releaseUpcomingBookings(openid)
  for (const entry of PERSONAL_DATA) {
    const docs = await ownedBy(entry, openid)
    if (entry.onDelete === 'remove') {
      for (const doc of docs) await db.collection(entry.collection).doc(doc._id).remove()
      removed[entry.collection] = docs.length
      continue
    }
    for (const doc of docs) {
      const erase: Record<string, unknown> = { [entry.owner]: _.remove(), anonymisedAt: db.serverDate() }
      for (const field of entry.personal) erase[field] = _.remove()
      // A booking still holding a seat is keyed to its holder (unique per session): give the key away too.
      if (doc.activeKey === openid) erase.activeKey = `erased-${doc._id}`
      await db.collection(entry.collection).doc(doc._id).update({ data: erase })
    }
    anonymised[entry.collection] = docs.length
  }
  return { removed, anonymised }
}
