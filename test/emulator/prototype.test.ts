/**
 * No request can reach Object.prototype through a field path (issue 15, item 3). The query engine's
 * updater walks dotted paths, so `{"$set": {"__proto__.polluted": …}}` once changed the prototype
 * of every object in the server. `__proto__`, `constructor` and `prototype` are refused in every
 * field path of queries, updates, documents, orders, projections and pipelines, with INVALID_PARAM
 * (errCode -501007 in a function), before anything walks them.
 */
import { Harness, startHarness, WxDatabase } from './harness'

let h: Harness
let db: WxDatabase

beforeAll(async () => {
  h = await startHarness({ indexes: {} })
  db = h.cloud.database()
  await db.collection('victims').add({ data: { _id: 'v', name: 'x', nested: { a: 1 } } })
})

afterAll(async () => {
  await h.close()
})

afterEach(() => {
  // Whatever a test sent, the server's objects must stay clean (and are cleaned, so that one
  // failure does not spill into the next test).
  const polluted = ({} as Record<string, unknown>).polluted
  const ownNames = Object.getOwnPropertyNames(Object.prototype)
  delete (Object.prototype as Record<string, unknown>).polluted
  expect(polluted).toBeUndefined()
  expect(ownNames).not.toContain('polluted')
})

// Object literals cannot hold an own `__proto__` key (it sets the prototype), so those attacks are written as JSON text.
const ejson = (value: unknown) => JSON.stringify(value)

const refused = { code: 'INVALID_PARAM', message: expect.stringContaining('is not allowed') }

const attacks: Array<[string, Record<string, unknown>]> = [
  [
    '$set on __proto__.polluted',
    {
      action: 'database.modifyDocument',
      collectionName: 'victims',
      query: ejson({ _id: 'v' }),
      queryType: 'DOC',
      multi: false,
      data: ejson({ $set: { '__proto__.polluted': 'yes' } }),
    },
  ],
  [
    '$set on constructor.prototype.polluted',
    {
      action: 'database.modifyDocument',
      collectionName: 'victims',
      query: ejson({ _id: 'v' }),
      multi: true,
      data: ejson({ $set: { 'constructor.prototype.polluted': 'yes' } }),
    },
  ],
  [
    '$set of a nested __proto__ object',
    {
      action: 'database.modifyDocument',
      collectionName: 'victims',
      query: ejson({ _id: 'v' }),
      multi: true,
      data: '{"$set":{"nested":{"__proto__":{"polluted":"yes"}}}}',
    },
  ],
  [
    '$inc / $push / $rename on prototype paths',
    {
      action: 'database.modifyDocument',
      collectionName: 'victims',
      query: ejson({ _id: 'v' }),
      multi: true,
      data: ejson({ $inc: { 'nested.__proto__.polluted': 1 }, $push: { 'a.prototype': 1 }, $rename: { name: '__proto__.polluted' } }),
    },
  ],
  [
    'a bare field update through __proto__',
    { action: 'database.modifyDocument', collectionName: 'victims', query: ejson({ _id: 'v' }), multi: true, data: ejson({ '__proto__.polluted': 'yes' }) },
  ],
  [
    'set (replace) with a __proto__ field',
    {
      action: 'database.modifyDocument',
      collectionName: 'victims',
      query: ejson({ _id: 'v' }),
      merge: false,
      upsert: true,
      multi: false,
      data: '{"__proto__":{"polluted":"yes"}}',
    },
  ],
  [
    'upsert creating a document through constructor',
    {
      action: 'database.modifyDocument',
      collectionName: 'victims',
      query: ejson({ _id: 'new' }),
      upsert: true,
      multi: false,
      data: ejson({ $set: { 'constructor.prototype.polluted': 'yes' } }),
    },
  ],
  [
    'insert of a document with __proto__',
    { action: 'database.insertDocument', collectionName: 'victims', data: ['{"_id":"p","__proto__":{"polluted":"yes"}}'] },
  ],
  [
    'insert of a nested prototype field',
    { action: 'database.insertDocument', collectionName: 'victims', data: [ejson({ _id: 'q', deep: [{ constructor: { prototype: { polluted: 'yes' } } }] })] },
  ],
  [
    'a query on __proto__.polluted',
    { action: 'database.getDocument', collectionName: 'victims', query: ejson({ '__proto__.polluted': { $exists: false } }), queryType: 'WHERE' },
  ],
  [
    'a query with a nested constructor',
    { action: 'database.getDocument', collectionName: 'victims', query: ejson({ $or: [{ constructor: 1 }] }), queryType: 'WHERE' },
  ],
  [
    'an order by prototype',
    { action: 'database.getDocument', collectionName: 'victims', query: ejson({}), queryType: 'WHERE', order: ejson({ prototype: 1 }) },
  ],
  [
    'a projection of __proto__',
    { action: 'database.getDocument', collectionName: 'victims', query: ejson({}), queryType: 'WHERE', projection: ejson({ '__proto__.polluted': 1 }) },
  ],
  ['a count on constructor', { action: 'database.calculateDocument', collectionName: 'victims', query: ejson({ 'constructor.name': 'Object' }) }],
  ['a removal on __proto__', { action: 'database.removeDocument', collectionName: 'victims', query: '{"__proto__":{"name":"x"}}', multi: true }],
  [
    'updateAndReturn through __proto__',
    { action: 'database.modifyAndReturnDoc', collectionName: 'victims', query: ejson({ _id: 'v' }), data: ejson({ $set: { '__proto__.polluted': 'yes' } }) },
  ],
  [
    'an aggregate stage adding __proto__',
    {
      action: 'database.aggregateDocuments',
      collectionName: 'victims',
      stages: [{ stageKey: '$addFields', stageValue: ejson({ '__proto__.polluted': 'yes' }) }],
    },
  ],
  [
    'an aggregate stage named __proto__',
    { action: 'database.aggregateDocuments', collectionName: 'victims', stages: [{ stageKey: '__proto__', stageValue: ejson({ polluted: 'yes' }) }] },
  ],
]

it.each(attacks)('refuses %s with INVALID_PARAM and changes nothing', async (_name, body) => {
  const before = h.local.snapshot()
  const answer = await h.local.handle(body)
  if (body.stages && (body.stages as Array<{ stageKey: string }>)[0]?.stageKey === '__proto__') {
    expect(answer).toMatchObject({ code: 'INVALID_PARAM' })
  } else {
    expect(answer).toMatchObject(refused)
  }
  expect(h.local.snapshot()).toEqual(before)
})

it('through the genuine SDK, a function sees INVALID_PARAM (-501007) and the document is unchanged', async () => {
  await expect(
    db
      .collection('victims')
      .doc('v')
      .update({ data: { '__proto__.polluted': 'yes' } }),
  ).rejects.toMatchObject({
    errCode: -501007,
  })
  await expect(db.collection('victims').where({ 'constructor.prototype.polluted': 'yes' }).get()).rejects.toMatchObject({ errCode: -501007 })
  expect((await db.collection('victims').doc('v').get()).data).toEqual({ _id: 'v', name: 'x', nested: { a: 1 } })
})

it('ordinary fields that merely contain the words stay allowed', async () => {
  await db.collection('victims').add({ data: { _id: 'ok', constructorName: 'a', prototypes: 2, proto: 3, note: '__proto__ in a value is data' } })
  expect((await db.collection('victims').where({ prototypes: 2 }).get()).data).toHaveLength(1)
})
