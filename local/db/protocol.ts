/**
 * The database actions of the SDK's wire protocol, as @cloudbase/database 1.4.3 sends them
 * (every request is a JSON body with `action`, `collectionName`, and EJSON strings for `query`,
 * `data`, `order`, `projection`; see local/db/README.md). Each handler returns the `data`
 * of a success body, or throws a DbError that becomes an error body.
 */
import { randomBytes } from 'crypto'
import { aggregate } from './aggregate'
import { DbError } from './errors'
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
    value = parseWire(text, now)
  } catch (error) {
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

/** Reads and writes of a request go to its transaction when it names one. */
function viewOf(body: PlainObject, context: ProtocolContext): DataView {
  const transactionId = body.transactionId
  if (transactionId === undefined || transactionId === null || transactionId === '') return context.committed
  if (typeof transactionId !== 'string') throw new DbError('INVALID_PARAM', 'transactionId must be a string')
  return context.transactions.view(transactionId)
}

/** `multi: false` (doc(id) operations, or options({multiple:false})) affects the first match only. */
function targets(body: PlainObject, matches: Doc[]): Doc[] {
  return body.multi === false ? matches.slice(0, 1) : matches
}

const insertDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const view = viewOf(body, context)
  if (!Array.isArray(body.data) || body.data.length === 0) throw new DbError('INVALID_PARAM', 'data must be a non-empty array')
  const seen = new Set<DocId>()
  const writes: DocWrite[] = body.data.map((text, position) => {
    const doc = parseObject(text, `data[${position}]`, now)
    const id = doc._id === undefined ? newDocumentId() : doc._id
    if (!isDocId(id)) throw new DbError('INVALID_PARAM', '_id must be a string or a number')
    if (seen.has(id) || view.get(collection, id)) {
      throw new DbError(
        'DATABASE_REQUEST_FAILED',
        `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
      )
    }
    seen.add(id)
    return { collection, id, doc: { ...doc, _id: id }, mustBeNew: true }
  })
  await view.write(writes)
  return { data: { insertedIds: writes.map((write) => write.id) } }
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
  const docs = shapeResults(viewOf(body, context).find(collection, query), query, page)
  return { data: { list: docs.map(toWire), limit: page.limit, offset } }
}

const calculateDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const query = parseObject(body.query, 'query', now)
  return { data: { total: viewOf(body, context).find(collection, query).length } }
}

/** `doc.set` (merge false, upsert true), `doc.update` and `where().update` (merge true). */
const modifyDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const view = viewOf(body, context)
  const query = parseObject(body.query, 'query', now)
  const data = parseObject(body.data, 'data', now)
  const merge = body.merge !== false
  const writes: DocWrite[] = []
  for (const current of targets(body, view.find(collection, query))) {
    const next = merge ? applyUpdate(current, data) : replaceDocument(current, data)
    // Like MongoDB's nModified: a write that changes nothing is not counted (and not logged).
    if (toWire(next) !== toWire(current)) writes.push({ collection, id: current._id, doc: next })
  }
  let upsertedId: DocId | undefined
  if (writes.length === 0 && body.upsert === true && view.find(collection, query).length === 0) {
    upsertedId = isDocId(query._id) ? query._id : newDocumentId()
    const base: Doc = { _id: upsertedId }
    const doc = merge ? applyUpdate(base, data) : replaceDocument(base, data)
    writes.push({ collection, id: upsertedId, doc, mustBeNew: true })
  }
  await view.write(writes)
  const updated = upsertedId === undefined ? writes.length : 0
  return { data: upsertedId === undefined ? { updated } : { updated, upsert_id: upsertedId } }
}

const removeDocument: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const view = viewOf(body, context)
  const query = parseObject(body.query, 'query', now)
  const writes: DocWrite[] = targets(body, view.find(collection, query)).map((doc) => ({ collection, id: doc._id, doc: null }))
  await view.write(writes)
  return { data: { deleted: writes.length } }
}

/** `where().updateAndReturn()` of @cloudbase/database: updates the first match, returns it as it is now. */
const modifyAndReturnDoc: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  const view = viewOf(body, context)
  const query = parseObject(body.query, 'query', now)
  const data = parseObject(body.data, 'data', now)
  const [current] = view.find(collection, query)
  if (!current) return { data: { updated: 0, doc: null } }
  const next = applyUpdate(current, data)
  const changed = toWire(next) !== toWire(current)
  if (changed) await view.write([{ collection, id: current._id, doc: next }])
  return { data: { updated: changed ? 1 : 0, doc: toWire(next) } }
}

const aggregateDocuments: Handler = async (body, context, now) => {
  const collection = collectionOf(body, context)
  if (!Array.isArray(body.stages)) throw new DbError('INVALID_PARAM', 'stages must be an array')
  const pipeline = body.stages.map((stage, position) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string' || typeof stage.stageValue !== 'string') {
      throw new DbError('INVALID_PARAM', `stages[${position}] must be {stageKey, stageValue}`)
    }
    let value: unknown
    try {
      value = parseWire(stage.stageValue, now)
    } catch (error) {
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

export function newRequestId(): string {
  return randomBytes(8).toString('hex')
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
