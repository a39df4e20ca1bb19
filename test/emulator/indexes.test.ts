/**
 * database/indexes.json honoured locally: unique indexes reject violations without changing
 * anything, and indexed equalities do not scan the collection.
 */
import { mkdtempSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import * as path from 'path'
import { IndexSpec, loadIndexFile, openDatabase } from '../../local/db'
import { Harness, startHarness, WxDatabase } from './harness'

/** The behaviour under test, independent of how database/indexes.json evolves. */
const INDEXES: Record<string, IndexSpec[]> = {
  bookings: [
    {
      name: 'session_person_active',
      keys: [
        { field: 'sessionId', direction: 1 },
        { field: 'activeKey', direction: 1 },
      ],
      unique: true,
    },
    { name: 'openid', keys: [{ field: 'openid', direction: 1 }] },
  ],
  officers: [{ name: 'stationId', keys: [{ field: 'stationId', direction: 1 }] }],
}

let h: Harness
let db: WxDatabase
let _: WxDatabase

beforeAll(async () => {
  h = await startHarness({ indexes: INDEXES })
  db = h.cloud.database()
  _ = db.command
})

afterAll(async () => {
  await h.close()
})

describe('unique index bookings.session_person_active (sessionId, activeKey)', () => {
  it('rejects a second active booking of the same person, changing nothing', async () => {
    await db.collection('bookings').add({ data: { _id: 'b1', sessionId: 's1', activeKey: 'p1', openid: 'p1' } })
    const before = h.local.snapshot()
    // The cloud answers a unique-index violation as MongoDB does (E11000) under
    // DATABASE_REQUEST_FAILED, which wx-server-sdk reports as errCode -502001.
    await expect(db.collection('bookings').add({ data: { sessionId: 's1', activeKey: 'p1', openid: 'p1' } })).rejects.toMatchObject({
      errCode: -502001,
      message: expect.stringMatching(/E11000 duplicate key error collection: bookings index: session_person_active/),
    })
    // A batch containing one violation is rejected as a whole.
    await expect(
      db.collection('bookings').add({
        data: [
          { sessionId: 's9', activeKey: 'p9' },
          { sessionId: 's1', activeKey: 'p1' },
        ],
      }),
    ).rejects.toThrow(/duplicate key/)
    expect(h.local.snapshot()).toEqual(before)
  })

  it('allows the same person in another session, and again once the first booking is released', async () => {
    await db.collection('bookings').add({ data: { _id: 'b2', sessionId: 's2', activeKey: 'p1', openid: 'p1' } })
    await db
      .collection('bookings')
      .doc('b1')
      .update({ data: { activeKey: 'cancelled:b1' } })
    await db.collection('bookings').add({ data: { _id: 'b3', sessionId: 's1', activeKey: 'p1', openid: 'p1' } })
    expect((await db.collection('bookings').where({ openid: 'p1' }).count()).total).toBe(3)
  })

  it('rejects an update that would collide, changing nothing', async () => {
    await db.collection('bookings').add({ data: { _id: 'b4', sessionId: 's1', activeKey: 'p2' } })
    const before = h.local.snapshot()
    await expect(
      db
        .collection('bookings')
        .doc('b4')
        .update({ data: { activeKey: 'p1' } }),
    ).rejects.toThrow(/duplicate key/)
    // A multi-document update is all or nothing too.
    await expect(
      db
        .collection('bookings')
        .where({ sessionId: 's1' })
        .update({ data: { activeKey: 'same' } }),
    ).rejects.toThrow(/duplicate key/)
    expect(h.local.snapshot()).toEqual(before)
  })

  it('treats a missing field as null, like a non-sparse unique index', async () => {
    await db.collection('bookings').add({ data: { _id: 'n1', sessionId: 'sx' } })
    await expect(db.collection('bookings').add({ data: { _id: 'n2', sessionId: 'sx', activeKey: null } })).rejects.toThrow(/duplicate key/)
  })

  it('rejects a violating transaction at commit, changing nothing', async () => {
    const before = h.local.snapshot()
    const transaction = await db.startTransaction()
    await transaction.collection('bookings').add({ data: { sessionId: 's2', activeKey: 'p1' } })
    await expect(transaction.commit()).rejects.toThrow(/duplicate key/)
    expect(h.local.snapshot()).toEqual(before)
  })
})

describe('indexed queries', () => {
  beforeAll(async () => {
    const officers = Array.from({ length: 300 }, (_v, i) => ({ _id: `o${i}`, stationId: `st${i % 30}`, rank: i % 7 }))
    await h.local.insertMany('officers', officers)
  })

  it('an equality on an indexed field looks only at the matching documents', async () => {
    const before = h.local.stats()
    const { data } = await db
      .collection('officers')
      .where({ stationId: 'st3', rank: _.gte(0) })
      .limit(1000)
      .get()
    const after = h.local.stats()
    expect(data).toHaveLength(10)
    expect(after.scannedDocs - before.scannedDocs).toBe(10)
    expect(after.indexedQueries - before.indexedQueries).toBe(1)
  })

  it('an `in` on an indexed field, and an _id equality, use the index too', async () => {
    let before = h.local.stats()
    expect(
      (
        await db
          .collection('officers')
          .where({ stationId: _.in(['st1', 'st2']) })
          .count()
      ).total,
    ).toBe(20)
    expect(h.local.stats().scannedDocs - before.scannedDocs).toBe(20)
    before = h.local.stats()
    expect((await db.collection('officers').doc('o42').get()).data.stationId).toBe('st12')
    expect(h.local.stats().scannedDocs - before.scannedDocs).toBe(1)
  })

  it('a condition on an unindexed field scans the whole collection', async () => {
    const before = h.local.stats()
    expect((await db.collection('officers').where({ rank: 3 }).count()).total).toBe(43)
    const after = h.local.stats()
    expect(after.scannedDocs - before.scannedDocs).toBe(300)
    expect(after.fullScans - before.fullScans).toBe(1)
  })

  it('keeps the index right as documents change', async () => {
    await db
      .collection('officers')
      .doc('o0')
      .update({ data: { stationId: 'moved' } })
    expect((await db.collection('officers').where({ stationId: 'moved' }).count()).total).toBe(1)
    expect((await db.collection('officers').where({ stationId: 'st0' }).count()).total).toBe(9)
    await db.collection('officers').doc('o0').remove()
    expect((await db.collection('officers').where({ stationId: 'moved' }).count()).total).toBe(0)
  })
})

describe('loadIndexFile', () => {
  it('reads the project file with the bookings unique index', () => {
    const indexes = loadIndexFile()
    expect(indexes.bookings).toContainEqual({
      name: 'session_person_active',
      keys: [
        { field: 'sessionId', direction: 1 },
        { field: 'activeKey', direction: 1 },
      ],
      unique: true,
    })
  })

  it('names the offending entry of a malformed file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jmt-idx-')), 'indexes.json')
    writeFileSync(file, JSON.stringify({ plates: [{ name: 'x', keys: [{ field: 'a', direction: 2 }] }] }))
    expect(() => loadIndexFile(file)).toThrow(/plates\.0\.keys\.0\.direction/)
  })
})

describe('requireDeclaredCollections', () => {
  it('answers DATABASE_COLLECTION_NOT_EXIST for a collection the deploy would not create', async () => {
    const local = await openDatabase({ dataDir: mkdtempSync(path.join(tmpdir(), 'jmt-decl-')), indexes: INDEXES, requireDeclaredCollections: true })
    const get = (collectionName: string) => local.handle({ action: 'database.getDocument', collectionName, query: '{}' })
    expect(await get('typo_collection')).toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
    expect(await get('bookings')).toMatchObject({ data: { list: [] } })
    await local.close()
  })
})
