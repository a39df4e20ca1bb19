/**
 * Emulator contract: every database feature the project relies on, exercised through the genuine
 * wx-server-sdk 4.0.2. Rerun this suite when upgrading the SDK.
 */
import { Harness, startHarness, WxDatabase } from './harness'

let h: Harness
let db: WxDatabase
let _: WxDatabase
let collectionSeq = 0

/** A fresh collection name per test, so tests do not see each other's documents. */
const fresh = (): string => `c${++collectionSeq}`

beforeAll(async () => {
  h = await startHarness({ indexes: {} })
  db = h.cloud.database()
  _ = db.command
})

afterAll(async () => {
  await h.close()
})

async function seed(name: string, docs: Record<string, unknown>[]): Promise<void> {
  await db.collection(name).add({ data: docs })
}

async function ids(query: WxDatabase): Promise<string[]> {
  const { data } = await query.get()
  return data.map((doc: { _id: string }) => doc._id)
}

describe('add / insertDocument', () => {
  it('adds one document with a generated 32-hex-character _id', async () => {
    const name = fresh()
    const res = await db.collection(name).add({ data: { title: 'a' } })
    expect(res._id).toMatch(/^[0-9a-f]{32}$/)
    const got = await db.collection(name).doc(res._id).get()
    expect(got.data).toEqual({ _id: res._id, title: 'a' })
  })

  it('adds several documents at once, keeping a given _id', async () => {
    const name = fresh()
    const res = await db.collection(name).add({ data: [{ _id: 'mine', n: 1 }, { n: 2 }] })
    expect(res._ids).toHaveLength(2)
    expect(res._ids[0]).toBe('mine')
    expect((await db.collection(name).count()).total).toBe(2)
  })

  // CloudBase answers a taken _id with DATABASE_DUPLICATE_WRITE ("Database write failed, index key
  // duplicate, for example inserting data with same _id", docs.cloudbase.net/error-code/
  // DATABASE_DUPLICATE_WRITE); wx-server-sdk does not know that code, so a function sees -501001.
  it('rejects a duplicate _id with DATABASE_DUPLICATE_WRITE and changes nothing', async () => {
    const name = fresh()
    await seed(name, [{ _id: 'x', v: 1 }])
    const before = h.local.snapshot()
    const duplicate = { errCode: -501001, message: expect.stringContaining('DATABASE_DUPLICATE_WRITE') }
    await expect(db.collection(name).add({ data: { _id: 'x', v: 2 } })).rejects.toMatchObject(duplicate)
    await expect(db.collection(name).add({ data: [{ _id: 'y' }, { _id: 'y' }] })).rejects.toMatchObject(duplicate)
    await expect(db.collection(name).add({ data: { _id: 'x', v: 2 } })).rejects.not.toThrow(/E11000/)
    expect(h.local.snapshot()).toEqual(before)
  })
})

describe('doc(id)', () => {
  it('get of a missing document fails the way wx-server-sdk reports it', async () => {
    await expect(db.collection(fresh()).doc('nope').get()).rejects.toThrow('document.get:fail document with _id nope does not exist')
  })

  it('set replaces the whole document, and creates it when missing', async () => {
    const name = fresh()
    const created = await db
      .collection(name)
      .doc('d')
      .set({ data: { a: 1, b: 2 } })
    expect(created.stats).toEqual({ updated: 0, created: 1 })
    const replaced = await db
      .collection(name)
      .doc('d')
      .set({ data: { c: 3 } })
    expect(replaced.stats).toEqual({ updated: 1, created: 0 })
    expect((await db.collection(name).doc('d').get()).data).toEqual({ _id: 'd', c: 3 })
  })

  it('update merges fields and nested objects into dotted paths', async () => {
    const name = fresh()
    await seed(name, [{ _id: 'd', a: 1, nested: { x: 1, y: 2 } }])
    const res = await db
      .collection(name)
      .doc('d')
      .update({ data: { b: 2, nested: { y: 20 }, 'deep.er': true } })
    expect(res.stats.updated).toBe(1)
    expect((await db.collection(name).doc('d').get()).data).toEqual({
      _id: 'd',
      a: 1,
      b: 2,
      nested: { x: 1, y: 20 },
      deep: { er: true },
    })
  })

  it('update of a missing document reports 0 updated and creates nothing', async () => {
    const name = fresh()
    const res = await db
      .collection(name)
      .doc('ghost')
      .update({ data: { a: 1 } })
    expect(res.stats.updated).toBe(0)
    expect(h.local.count(name)).toBe(0)
  })

  it('remove deletes one document', async () => {
    const name = fresh()
    await seed(name, [{ _id: 'a' }, { _id: 'b' }])
    expect((await db.collection(name).doc('a').remove()).stats.removed).toBe(1)
    expect((await db.collection(name).doc('a').remove()).stats.removed).toBe(0)
    expect(await ids(db.collection(name))).toEqual(['b'])
  })

  it('field() projects a single document', async () => {
    const name = fresh()
    await seed(name, [{ _id: 'd', a: 1, b: 2, c: 3 }])
    expect((await db.collection(name).doc('d').field({ a: true }).get()).data).toEqual({ _id: 'd', a: 1 })
  })
})

describe('where()', () => {
  it('get, count, update and remove by condition', async () => {
    const name = fresh()
    await seed(name, [
      { _id: '1', k: 'x', n: 1 },
      { _id: '2', k: 'x', n: 2 },
      { _id: '3', k: 'y', n: 3 },
    ])
    expect((await db.collection(name).where({ k: 'x' }).count()).total).toBe(2)
    const updated = await db
      .collection(name)
      .where({ k: 'x' })
      .update({ data: { n: _.inc(10) } })
    expect(updated.stats.updated).toBe(2)
    expect((await db.collection(name).where({ k: 'x' }).orderBy('n', 'asc').get()).data.map((d: { n: number }) => d.n)).toEqual([11, 12])
    const removed = await db
      .collection(name)
      .where({ n: _.gt(10) })
      .remove()
    expect(removed.stats.removed).toBe(2)
    expect(await ids(db.collection(name))).toEqual(['3'])
  })

  it('orderBy on several keys, skip and limit', async () => {
    const name = fresh()
    await seed(name, [
      { _id: 'a', g: 1, n: 3 },
      { _id: 'b', g: 2, n: 1 },
      { _id: 'c', g: 1, n: 1 },
      { _id: 'd', g: 2, n: 2 },
    ])
    const ordered = db.collection(name).orderBy('g', 'desc').orderBy('n', 'asc')
    expect(await ids(ordered)).toEqual(['b', 'd', 'c', 'a'])
    expect(await ids(ordered.skip(1).limit(2))).toEqual(['d', 'c'])
  })

  it('answers 100 documents without a limit and at most 1000 with any limit', async () => {
    const name = fresh()
    const docs = Array.from({ length: 1100 }, (_v, i) => ({ i }))
    for (let i = 0; i < docs.length; i += 500) await seed(name, docs.slice(i, i + 500))
    expect((await db.collection(name).get()).data).toHaveLength(100)
    expect((await db.collection(name).limit(5000).get()).data).toHaveLength(1000)
    // The server caps too, whatever a client sends.
    const raw = (await h.local.handle({ action: 'database.getDocument', collectionName: name, limit: 5000 })) as { data: { list: unknown[]; limit: number } }
    expect(raw.data.list).toHaveLength(1000)
    expect(raw.data.limit).toBe(1000)
  })

  it('field() includes or excludes fields, with dotted paths', async () => {
    const name = fresh()
    await seed(name, [{ _id: 'd', a: 1, b: { c: 2, d: 3 }, e: 4 }])
    expect((await db.collection(name).field({ a: true, 'b.c': true }).get()).data).toEqual([{ _id: 'd', a: 1, b: { c: 2 } }])
    expect((await db.collection(name).field({ e: false, b: false }).get()).data).toEqual([{ _id: 'd', a: 1 }])
  })

  it('matches dotted paths and nested objects', async () => {
    const name = fresh()
    await seed(name, [
      { _id: '1', p: { q: { r: 1 } } },
      { _id: '2', p: { q: { r: 2 } } },
    ])
    expect(await ids(db.collection(name).where({ 'p.q.r': 2 }))).toEqual(['2'])
    expect(await ids(db.collection(name).where({ p: { q: { r: 1 } } }))).toEqual(['1'])
  })

  it('matches regular expressions (db.RegExp and JS literals)', async () => {
    const name = fresh()
    await seed(name, [
      { _id: '1', s: 'Hello' },
      { _id: '2', s: 'world' },
    ])
    expect(await ids(db.collection(name).where({ s: db.RegExp({ regexp: '^hel', options: 'i' }) }))).toEqual(['1'])
    expect(await ids(db.collection(name).where({ s: /OR/i }))).toEqual(['2'])
  })
})

describe('query operators', () => {
  const name = 'operators'
  beforeAll(async () => {
    await seed(name, [
      {
        _id: 'a',
        n: 1,
        tags: ['x', 'y'],
        items: [
          { k: 1, v: 'p' },
          { k: 2, v: 'q' },
        ],
        s: 'a',
      },
      { _id: 'b', n: 2, tags: ['y'], items: [{ k: 3, v: 'p' }], opt: null },
      { _id: 'c', n: 3, tags: [], items: [], opt: 5 },
      { _id: 'd', n: 4, tags: ['x', 'y', 'z'] },
    ])
  })
  const cases: Array<[string, () => unknown, string[]]> = [
    ['eq', () => ({ n: _.eq(2) }), ['b']],
    ['neq', () => ({ n: _.neq(2) }), ['a', 'c', 'd']],
    ['lt', () => ({ n: _.lt(2) }), ['a']],
    ['lte', () => ({ n: _.lte(2) }), ['a', 'b']],
    ['gt', () => ({ n: _.gt(3) }), ['d']],
    ['gte', () => ({ n: _.gte(3) }), ['c', 'd']],
    ['in', () => ({ n: _.in([1, 4]) }), ['a', 'd']],
    ['nin', () => ({ n: _.nin([1, 4]) }), ['b', 'c']],
    ['and', () => ({ n: _.gt(1).and(_.lt(4)) }), ['b', 'c']],
    ['or (field)', () => ({ n: _.lt(2).or(_.gt(3)) }), ['a', 'd']],
    ['or (top level)', () => _.or([{ n: 1 }, { tags: 'z' }]), ['a', 'd']],
    ['not', () => ({ n: _.not(_.gt(1)) }), ['a']],
    ['nor', () => _.nor([{ n: 1 }, { n: 2 }]), ['c', 'd']],
    ['exists', () => ({ opt: _.exists(true) }), ['b', 'c']],
    ['size', () => ({ tags: _.size(2) }), ['a']],
    ['elemMatch', () => ({ items: _.elemMatch({ k: _.gte(2), v: 'p' }) }), ['b']],
    ['all', () => ({ tags: _.all(['x', 'y']) }), ['a', 'd']],
    ['mod', () => ({ n: _.mod([2, 0]) }), ['b', 'd']],
    ['array contains', () => ({ tags: 'z' }), ['d']],
    ['null matches missing', () => ({ opt: null }), ['a', 'b', 'd']],
  ]
  it.each(cases)('%s', async (_label, condition, expected) => {
    expect((await ids(db.collection(name).where(condition()))).sort()).toEqual(expected)
  })
})

describe('update operators', () => {
  async function updated(initial: Record<string, unknown>, data: Record<string, unknown>): Promise<Record<string, unknown>> {
    const name = fresh()
    await seed(name, [{ _id: 'd', ...initial }])
    await db.collection(name).doc('d').update({ data })
    const { data: doc } = await db.collection(name).doc('d').get()
    delete doc._id
    return doc
  }

  it('set replaces a nested object instead of merging it', async () => {
    expect(await updated({ o: { a: 1, b: 2 } }, { o: _.set({ c: 3 }) })).toEqual({ o: { c: 3 } })
  })
  it('remove unsets a field', async () => {
    expect(await updated({ a: 1, b: 2 }, { a: _.remove() })).toEqual({ b: 2 })
  })
  it('inc and mul', async () => {
    expect(await updated({ a: 1, b: 3 }, { a: _.inc(2), b: _.mul(4), c: _.inc(1) })).toEqual({ a: 3, b: 12, c: 1 })
  })
  it('min and max', async () => {
    expect(await updated({ a: 5, b: 5 }, { a: _.min(3), b: _.max(3) })).toEqual({ a: 3, b: 5 })
  })
  it('rename', async () => {
    expect(await updated({ a: 1 }, { a: _.rename('z') })).toEqual({ z: 1 })
  })
  it('push (plain and with each/position/slice/sort)', async () => {
    expect(await updated({ l: [1] }, { l: _.push([2, 3]) })).toEqual({ l: [1, 2, 3] })
    expect(await updated({ l: [1, 5] }, { l: _.push({ each: [9], position: 1 }) })).toEqual({ l: [1, 9, 5] })
    expect(await updated({ l: [4, 1] }, { l: _.push({ each: [3, 2], sort: 1, slice: 3 }) })).toEqual({ l: [1, 2, 3] })
  })
  it('pull and pullAll', async () => {
    expect(await updated({ l: [1, 2, 3, 4] }, { l: _.pull(_.gt(2)) })).toEqual({ l: [1, 2] })
    expect(await updated({ l: [1, 2, 1, 3] }, { l: _.pullAll([1, 3]) })).toEqual({ l: [2] })
  })
  it('addToSet (one value and each)', async () => {
    expect(await updated({ l: [1] }, { l: _.addToSet(1) })).toEqual({ l: [1] })
    expect(await updated({ l: [1] }, { l: _.addToSet({ each: [1, 2, 3] }) })).toEqual({ l: [1, 2, 3] })
  })
  it('pop, shift and unshift', async () => {
    expect(await updated({ l: [1, 2, 3] }, { l: _.pop() })).toEqual({ l: [1, 2] })
    expect(await updated({ l: [1, 2, 3] }, { l: _.shift() })).toEqual({ l: [2, 3] })
    expect(await updated({ l: [3] }, { l: _.unshift([1, 2]) })).toEqual({ l: [1, 2, 3] })
  })
  it('does not count an update that changes nothing', async () => {
    const name = fresh()
    await seed(name, [{ _id: 'd', a: 1 }])
    expect(
      (
        await db
          .collection(name)
          .doc('d')
          .update({ data: { a: 1 } })
      ).stats.updated,
    ).toBe(0)
  })
})

describe('dates', () => {
  it('round-trips Date values and compares them in queries', async () => {
    const name = fresh()
    const when = new Date('2026-03-04T05:06:07.089Z')
    await seed(name, [
      { _id: 'd', when },
      { _id: 'e', when: new Date('2020-01-01T00:00:00Z') },
    ])
    const { data } = await db.collection(name).doc('d').get()
    expect(data.when).toBeInstanceOf(Date)
    expect(data.when.getTime()).toBe(when.getTime())
    expect(await ids(db.collection(name).where({ when: _.gt(new Date('2025-01-01T00:00:00Z')) }))).toEqual(['d'])
  })

  it('serverDate() becomes the server time plus its offset, in inserts and updates', async () => {
    const name = fresh()
    const before = Date.now()
    const { _id } = await db.collection(name).add({ data: { at: db.serverDate(), later: db.serverDate({ offset: 60000 }) } })
    await db
      .collection(name)
      .doc(_id)
      .update({ data: { touched: db.serverDate() } })
    const after = Date.now()
    const { data } = await db.collection(name).doc(_id).get()
    for (const field of ['at', 'touched']) {
      expect(data[field]).toBeInstanceOf(Date)
      expect(data[field].getTime()).toBeGreaterThanOrEqual(before)
      expect(data[field].getTime()).toBeLessThanOrEqual(after)
    }
    expect(data.later.getTime() - data.at.getTime()).toBe(60000)
  })
})

describe('geo', () => {
  // Two points 1 km apart along a meridian (1 degree of latitude ≈ 111.3 km on MongoDB's sphere).
  const centre = { lng: 113.3, lat: 23.1 }
  const km = 1 / 111.32
  it('geoNear filters by distance in metres and sorts nearest first', async () => {
    const name = fresh()
    await seed(name, [
      { _id: 'far', loc: db.Geo.Point(centre.lng, centre.lat + 3 * km) },
      { _id: 'near', loc: db.Geo.Point(centre.lng, centre.lat + 1 * km) },
      { _id: 'here', loc: db.Geo.Point(centre.lng, centre.lat) },
    ])
    const query = { loc: _.geoNear({ geometry: db.Geo.Point(centre.lng, centre.lat), maxDistance: 2000, minDistance: 0 }) }
    expect(await ids(db.collection(name).where(query))).toEqual(['here', 'near'])
    const { data } = await db.collection(name).doc('near').get()
    expect(data.loc.latitude).toBeCloseTo(centre.lat + km, 10)
  })

  it('geoWithin a centre sphere and a polygon', async () => {
    const name = fresh()
    await seed(name, [
      { _id: 'in', loc: db.Geo.Point(113.31, 23.11) },
      { _id: 'out', loc: db.Geo.Point(114, 24) },
    ])
    const sphere = { loc: _.geoWithin({ centerSphere: [db.Geo.Point(113.3, 23.1), 5000 / 6378100] }) }
    expect(await ids(db.collection(name).where(sphere))).toEqual(['in'])
    const square = db.Geo.Polygon([
      db.Geo.LineString([db.Geo.Point(113, 23), db.Geo.Point(113.5, 23), db.Geo.Point(113.5, 23.5), db.Geo.Point(113, 23.5), db.Geo.Point(113, 23)]),
    ])
    expect(await ids(db.collection(name).where({ loc: _.geoWithin({ geometry: square }) }))).toEqual(['in'])
  })
})

describe('aggregate', () => {
  it('match, group, sort and limit', async () => {
    const name = fresh()
    await seed(name, [
      { station: 's1', n: 1 },
      { station: 's1', n: 2 },
      { station: 's2', n: 5 },
      { station: 's3', n: 0, skip: true },
    ])
    const $ = _.aggregate
    const { list } = await db
      .collection(name)
      .aggregate()
      .match({ skip: _.neq(true) })
      .group({ _id: '$station', total: $.sum('$n'), count: $.sum(1) })
      .sort({ total: -1 })
      .limit(10)
      .end()
    expect(list).toEqual([
      { _id: 's2', total: 5, count: 1 },
      { _id: 's1', total: 3, count: 2 },
    ])
  })

  it('lookup joins another collection', async () => {
    const stations = fresh()
    const officers = fresh()
    await seed(stations, [
      { _id: 's1', name: 'North' },
      { _id: 's2', name: 'South' },
    ])
    await seed(officers, [
      { _id: 'o1', stationId: 's1' },
      { _id: 'o2', stationId: 's1' },
    ])
    const { list } = await db
      .collection(stations)
      .aggregate()
      .lookup({ from: officers, localField: '_id', foreignField: 'stationId', as: 'officers' })
      .sort({ _id: 1 })
      .limit(10)
      .end()
    expect(list.map((s: { _id: string; officers: unknown[] }) => [s._id, s.officers.length])).toEqual([
      ['s1', 2],
      ['s2', 0],
    ])
  })

  it('returns at most 20 records when the pipeline has no limit, like the cloud', async () => {
    const name = fresh()
    await seed(
      name,
      Array.from({ length: 30 }, (_v, i) => ({ i })),
    )
    expect((await db.collection(name).aggregate().match({}).end()).list).toHaveLength(20)
  })
})

describe('modifyAndReturnDoc', () => {
  it('updates the first match and returns the document after the update (via @cloudbase/database)', async () => {
    const name = fresh()
    await seed(name, [{ _id: 'q', next: 7 }])
    // wx-server-sdk does not wrap updateAndReturn; its inner @cloudbase/database Db exposes it.
    const res = await db._db
      .collection(name)
      .where({ _id: 'q' })
      .updateAndReturn({ next: _.inc(1) })
    expect(res.updated).toBe(1)
    expect(res.doc).toEqual({ _id: 'q', next: 8 })
  })
})

describe('errors and callFunction', () => {
  it('an unknown action gets an error body, which the SDK raises', async () => {
    const res = await h.local.handle({ action: 'database.dropEverything', collectionName: 'x' })
    expect(res).toMatchObject({ code: 'INVALID_ACTION' })
  })

  it('every answer, success or error, carries a request id of its own', async () => {
    const name = fresh()
    await seed(name, [{ _id: 'a' }])
    const answers = (await Promise.all([
      ...Array.from({ length: 50 }, () => h.local.handle({ action: 'database.getDocument', collectionName: name, query: '{}' })),
      h.local.handle({ action: 'database.dropEverything', collectionName: name }),
    ])) as Array<{ requestId?: unknown }>
    const ids = answers.map((answer) => answer.requestId)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('a malformed query is an error, not a crash', async () => {
    const res = await h.local.handle({ action: 'database.getDocument', collectionName: 'x', query: '{not json' })
    expect(res).toMatchObject({ code: 'INVALID_PARAM' })
  })

  it('callFunction through the SDK endpoint is refused (events reach functions through the gateway only)', async () => {
    await expect(h.cloud.callFunction({ name: 'org', data: { action: 'ping', data: {} } })).rejects.toThrow(
      /callFunction:fail.*not available in the local cloud/,
    )
  })
})
