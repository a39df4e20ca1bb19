/**
 * The database actions of the SDK's wire protocol, as @cloudbase/database 1.4.3 sends them
 * (every request is a JSON body with `action`, `collectionName`, and EJSON strings for `query`,
 * `data`, `order`, `projection`; see local/db/README.md). Each handler returns the `data`
 * of a success body, or throws a DbError that becomes an error body.
 */
import { randomBytes } from 'crypto'
import { aggregate } from './aggregate'
import { DbError, duplicateIdError } from './errors'
import { PageOptions, shapeResults, SortOrder } from './query'
import { DocWrite } from './store'
import { DataView, TransactionManager } from './transactions'
import { applyUpdate, replaceDocument } from './update'
import { Doc, DocId, isDocId, isPlainObject, parseWire, PlainObject, toWire } from './values'

/** The server caps every query at 1000 documents; the SDK sends 100 when the caller set no limit. */
export const MAX_LIMIT = 1000
export const DEFAULT_LIMIT = 100

export interface ProtocolContext {
  committed: DataView
  transactions: TransactionManager
  /** All documents of a collection, for aggregation sources and `$lookup`. */
  documents(collection: string): Doc[]
  /** Throws DATABASE_COLLECTION_NOT_EXIST when collections must be declared and this one is not. */
  checkCollection(collection: string): void
  countScanned(documents: number): void
}

/** What a handler answers: `data` goes into `{requestId, data}`; `topLevel` is merged beside it. */
export interface ActionResult {
  data?: unknown
  topLevel?: PlainObject
}

type Handler = (body: PlainObject, context: ProtocolContext, now: number) => Promise<ActionResult>

/** Ids like the cloud's: 32 lowercase hex characters. */
export function newDocumentId(): string {
  return randomBytes(16).toString('hex')
}

function requireString(body: PlainObject, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value === '') throw new DbError('INVALID_PARAM', `${field} must be a non-empty string`)
  return value
}

function parseObject(text: unknown, field: string, now: number): PlainObject {
  if (text === undefined || text === null || text === '') return {}
  if (typeof text !== 'string') throw new DbError('INVALID_PARAM', `${field} must be an EJSON string`)
  let value: unknown
  try {
    value = parseWire(text, now, field)
  } catch (error) {
    if (error instanceof DbError) throw error
    throw new DbError('INVALID_PARAM', `${field} is not valid EJSON: ${(error as Error).message}`)
  }
  if (!isPlainObject(value)) throw new DbError('INVALID_PARAM', `${field} must be an object`)
  return value
}

function parseOrder(text: unknown, now: number): SortOrder | undefined {
  const order = parseObject(text, 'order', now)
  const entries = Object.entries(order)
  if (entries.length === 0) return undefined
  const result: SortOrder = {}
  for (const [field, direction] of entries) result[field] = direction === -1 || direction === 'desc' ? -1 : 1
  return result
}

function collectionOf(body: PlainObject, context: ProtocolContext): string {
  const name = requireString(body, 'collectionName')
  context.checkCollection(name)
  return name
}

/**
 * What a transaction may do: 「在事务中不支持批量操作（where 语句），只支持单记录操作（collection.doc,
 * collection.add）」 (WeChat guide, 数据库 › 事务); the transaction handle offers doc().get/update/
 * set/remove and add, nothing else. So a request carrying a transactionId must be an insert or a
 * doc(id) operation (the SDK marks those `queryType: 'DOC'`); a where-query, a count, an aggregate
 * or updateAndReturn inside a transaction is refused. (The genuine SDK sends count(),
 * where().update() and where().remove() without the transactionId, so those reach the server as
 * plain requests, here as in the cloud.)
 */
type TransactionUse = 'insert' | 'doc' | 'refused'

function refuseInTransaction(what: string): never {
  throw new DbError('INVALID_PARAM', `${what} is not supported in a transaction: only single-document operations (doc(id).get/set/update/remove and add) are`)
}

/** Reads and writes of a request go to its transaction when it names one. */
function viewOf(body: PlainObject, context: ProtocolContext, use: TransactionUse = 'doc'): DataView {
  const transactionId = body.transactionId
  if (transactionId === undefined || transactionId === null || transactionId === '') return context.committed
  if (typeof transactionId !== 'string') throw new DbError('INVALID_PARAM', 'transactionId must be a string')
  if (use === 'refused') refuseInTransaction(String(body.action))
  if (use === 'doc' && body.queryType !== 'DOC') refuseInTransaction(`${String(body.action)} with a where-query`)
  return context.transactions.view(transactionId)
}

interface PlannedWrite<T> {
  writes: DocWrite[]
  answer: T
}

/**
 * Plans a write on `view` and applies it. Inside a transaction the view locks the documents or
 * fails (transactions.ts, rule 3). A plain write that would touch a document a transaction has
 * locked waits for that transaction to end and is planned again on the data as it is then
 * (rule 4: 「普通的更新操作会被阻塞，直到事务锁释放或者超时」).
 */
async function planAndWrite<T>(view: DataView, context: ProtocolContext, plan: () => PlannedWrite<T>): Promise<T> {
  for (;;) {
    const planned = plan()
    if (view.transactionId === undefined) {
      const holders = context.transactions.lockHoldersOf(planned.writes)
      if (holders.length > 0) {
        await Promise.all(holders)
        continue
      }
    }
    await view.write(planned.writes)
    return planned.answer
  }
}

/** `multi: false` (doc(id) operations, or options({multiple:false})) affects the first match only. */
function targets(body: PlainObject, matches: Doc[]): Doc[] {
  return body.multi === false ? matches.slice(0, 1) : matches
}

/** `add`: a taken `_id` answers DATABASE_DUPLICATE_WRITE (errors.ts); a unique index E11000 (on apply). */
const insertDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const view = viewOf(body, context, 'insert')
  if (!Array.isArray(body.data) || body.data.length === 0) throw new DbError('INVALID_PARAM', 'data must be a non-empty array')
  const docs = body.data.map((text, position) => {
    const doc = parseObject(text, `data[${position}]`, now)
    const id = doc._id === undefined ? newDocumentId() : doc._id
    if (!isDocId(id)) throw new DbError('INVALID_PARAM', '_id must be a string or a number')
    return { ...doc, _id: id }
  })
  const insertedIds = await planAndWrite(view, context, () => {
    const seen = new Set<DocId>()
    const writes: DocWrite[] = docs.map((doc) => {
      if (seen.has(doc._id) || view.get(collection, doc._id)) throw duplicateIdError(collection, doc._id)
      seen.add(doc._id)
      return { collection, id: doc._id, doc, mustBeNew: true }
    })
    return { writes, answer: writes.map((write) => write.id) }
  })
  return { data: { insertedIds } }
}

const getDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const query = parseObject(body.query, 'query', now)
  const requested = typeof body.limit === 'number' && body.limit > 0 ? body.limit : DEFAULT_LIMIT
  const offset = typeof body.offset === 'number' && body.offset > 0 ? body.offset : 0
  const page: PageOptions = {
    order: parseOrder(body.order, now),
    offset,
    limit: Math.min(requested, MAX_LIMIT),
    projection: body.projection === undefined ? undefined : parseObject(body.projection, 'projection', now),
  }
  const docs = shapeResults(viewOf(body, context, 'doc').find(collection, query), query, page)
  return { data: { list: docs.map(toWire), limit: page.limit, offset } }
}

const calculateDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const query = parseObject(body.query, 'query', now)
  return { data: { total: viewOf(body, context, 'refused').find(collection, query).length } }
}

/** `doc.set` (merge false, upsert true), `doc.update` and `where().update` (merge true). */
const modifyDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const view = viewOf(body, context, 'doc')
  const query = parseObject(body.query, 'query', now)
  const data = parseObject(body.data, 'data', now)
  const merge = body.merge !== false
  const newId = isDocId(query._id) ? query._id : newDocumentId()
  const answer = await planAndWrite(view, context, () => {
    const writes: DocWrite[] = []
    for (const current of targets(body, view.find(collection, query))) {
      const next = merge ? applyUpdate(current, data) : replaceDocument(current, data)
      // Like MongoDB's nModified: a write that changes nothing is not counted (and not logged).
      if (toWire(next) !== toWire(current)) writes.push({ collection, id: current._id, doc: next })
    }
    if (writes.length === 0 && body.upsert === true && view.find(collection, query).length === 0) {
      const base: Doc = { _id: newId }
      const doc = merge ? applyUpdate(base, data) : replaceDocument(base, data)
      writes.push({ collection, id: newId, doc, mustBeNew: true })
      return { writes, answer: { updated: 0, upsert_id: newId } as PlainObject }
    }
    return { writes, answer: { updated: writes.length } as PlainObject }
  })
  return { data: answer }
}

const removeDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const view = viewOf(body, context, 'doc')
  const query = parseObject(body.query, 'query', now)
  const deleted = await planAndWrite(view, context, () => {
    const writes: DocWrite[] = targets(body, view.find(collection, query)).map((doc) => ({ collection, id: doc._id, doc: null }))
    return { writes, answer: writes.length }
  })
  return { data: { deleted } }
}

/** `where().updateAndReturn()` of @cloudbase/database: updates the first match, returns it as it is now. */
const modifyAndReturnDoc: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const view = viewOf(body, context, 'refused')
  const query = parseObject(body.query, 'query', now)
  const data = parseObject(body.data, 'data', now)
  const answer = await planAndWrite<{ updated: number; doc: string | null }>(view, context, () => {
    const [current] = view.find(collection, query)
    if (!current) return { writes: [], answer: { updated: 0, doc: null } }
    const next = applyUpdate(current, data)
    const changed = toWire(next) !== toWire(current)
    return { writes: changed ? [{ collection, id: current._id, doc: next }] : [], answer: { updated: changed ? 1 : 0, doc: toWire(next) } }
  })
  return { data: answer }
}

const aggregateDocuments: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  viewOf(body, context, 'refused')
  if (!Array.isArray(body.stages)) throw new DbError('INVALID_PARAM', 'stages must be an array')
  const pipeline = body.stages.map((stage, position) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string' || !stage.stageKey.startsWith('$') || typeof stage.stageValue !== 'string') {
      throw new DbError('INVALID_PARAM', `stages[${position}] must be {stageKey, stageValue}`)
    }
    let value: unknown
    try {
      value = parseWire(stage.stageValue, now, `stages[${position}]`)
    } catch (error) {
      if (error instanceof DbError) throw error
      throw new DbError('INVALID_PARAM', `stages[${position}] is not valid EJSON: ${(error as Error).message}`)
    }
    return { [stage.stageKey]: value }
  })
  const source = context.documents(collection)
  context.countScanned(source.length)
  const list = aggregate(source, pipeline, (name) => context.documents(name))
  return { data: { list: list.map(toWire) } }
}

const startTransaction: Handler = async (_body, context) => ({
  topLevel: { transactionId: context.transactions.start() },
})

const commitTransaction: Handler = async (body, context) => {
  await context.transactions.commit(requireString(body, 'transactionId'))
  return {}
}

const abortTransaction: Handler = async (body, context) => {
  context.transactions.abort(requireString(body, 'transactionId'))
  return {}
}

/** `db.createCollection(name)`: collections exist implicitly here, so this only validates the name. */
const addCollection: Handler = async (body) => {
  requireString(body, 'collectionName')
  return {}
}

export const DATABASE_ACTIONS: Record<string, Handler> = {
  'database.insertDocument': insertDocument,
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.aggregateDocuments': aggregateDocuments,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.addCollection': addCollection,
}

/**
 * Request ids name an answer in logs; they need to be unique, not secret. A random prefix per start
 * and a counter: every answer gets one, and a fresh random number for each cost as much as the
 * signature check of the request.
 */
const requestIdPrefix = randomBytes(4).toString('hex')
let requestCount = 0

export function newRequestId(): string {
  requestCount = (requestCount + 1) % 0x1_0000_0000
  return `${requestIdPrefix}${requestCount.toString(16).padStart(8, '0')}`
}

/** Runs one SDK request body; always returns a body (success or `{code, message, requestId}`). */
export async function handleDatabaseRequest(body: PlainObject, context: ProtocolContext): Promise<PlainObject> {
  const requestId = newRequestId()
  const action = body.action
  const handler = typeof action === 'string' ? DATABASE_ACTIONS[action] : undefined
  if (!handler) {
    return { requestId, code: 'INVALID_ACTION', message: `unsupported action: ${String(action)}` }
  }
  try {
    const result = await handler(body, context, Date.now())
    return { requestId, ...(result.topLevel ?? {}), data: result.data ?? {} }
  } catch (error) {
    if (error instanceof DbError) return { requestId, code: error.code, message: error.message }
    const message = error instanceof Error ? error.message : String(error)
    return { requestId, code: 'DATABASE_REQUEST_FAILED', message }
  }
}
