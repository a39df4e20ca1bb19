import type { ActionInput, ActionOutput } from '../../types'
import { _, db } from '../_shared/cloud'
import { isDuplicateKey } from '../_shared/db-errors'
import { forbidden } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { pageByKey } from '../_shared/paging'
import { cardFor } from '../_shared/plate-cards'
import { containing } from '../_shared/search'
import { getStation } from '../_shared/stations'
import { requireAreaOfStation } from './areas'
import { newBatchId } from './batches'
import { newPlateCode, requirePlateCode } from './codes'
import type { PlateDoc } from './docs'
import { requireById } from '../_shared/by-id'

type Place = Pick<PlateDoc, 'kind' | 'label' | 'address' | 'area' | 'stationId' | 'batchId'>

async function newPlateDoc(place: Place, card: PlateDoc['card']): Promise<Omit<PlateDoc, '_id'>> {
  const now = new Date()
  return { ...place, status: 'active', scans: 0, card, createdAt: now, updatedAt: now }
}

/** Inserts under a fresh code, drawing again in the (one in billions) case the code is taken. */
async function insertWithFreshCode(doc: Omit<PlateDoc, '_id'>): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const code = newPlateCode()
    try {
      await db.collection('plates').add({ data: { _id: code, ...doc } })
      return code
    } catch (error) {
      if (!isDuplicateKey(error) || attempt >= 5) throw error
    }
  }
}

export async function create(input: ActionInput<'plates', 'create'>): Promise<ActionOutput<'plates', 'create'>> {
  await getStation(input.stationId)
  await requireAreaOfStation(input.area, input.stationId)
  const code = await insertWithFreshCode(await newPlateDoc(input, await cardFor(input.area, input.stationId)))
  return { code }
}

/**
 * Plates written at once while a batch is made. 500 adds one after another can outrun the function's
 * time limit in the cloud (20 s); a few at a time finish well inside it without flooding the database.
 */
export const BATCH_CONCURRENCY = 10

export async function createBatch(input: ActionInput<'plates', 'createBatch'>): Promise<ActionOutput<'plates', 'createBatch'>> {
  await getStation(input.stationId)
  await requireAreaOfStation(input.area, input.stationId)
  const card = await cardFor(input.area, input.stationId)
  const { kind, address, area, stationId } = input
  const batchId = newBatchId()
  const width = String(input.count).length
  const labels = Array.from({ length: input.count }, (_, i) => `${input.labelPrefix}${String(i + 1).padStart(width, '0')}`)
  const codes: string[] = []
  // Each plate draws its own code and draws again if it is taken, so a collision costs one retry of
  // that plate, not the batch; codes come back in label order.
  for (let start = 0; start < labels.length; start += BATCH_CONCURRENCY) {
    const group = labels.slice(start, start + BATCH_CONCURRENCY)
    codes.push(
      ...(await Promise.all(group.map(async (label) => insertWithFreshCode(await newPlateDoc({ kind, label, address, area, stationId, batchId }, card))))),
    )
  }
  return { codes, batchId }
}

const requirePlate = (code: string) => requireById<PlateDoc>('plates', code, '没有找到这块警民联系牌')

export async function update(input: ActionInput<'plates', 'update'>): Promise<ActionOutput<'plates', 'update'>> {
  const { code: typed, ...changes } = input
  const code = requirePlateCode(typed)
  const plate = await requirePlate(code)
  if (changes.stationId) await getStation(changes.stationId)
  const area = changes.area ?? plate.area
  const stationId = changes.stationId ?? plate.stationId
  if (changes.area || changes.stationId) await requireAreaOfStation(area, stationId)
  const card = changes.area || changes.stationId ? await cardFor(area, stationId) : plate.card
  await db
    .collection('plates')
    .doc(code)
    .update({ data: { ...changes, card: _.set(card), updatedAt: db.serverDate() } })
  return { code }
}

export async function retire(input: ActionInput<'plates', 'retire'>): Promise<ActionOutput<'plates', 'retire'>> {
  const code = requirePlateCode(input.code)
  await requirePlate(code)
  await db
    .collection('plates')
    .doc(code)
    .update({ data: { status: 'retired', retiredReason: input.reason, updatedAt: db.serverDate() } })
  return { code, status: 'retired' }
}

export async function list(input: ActionInput<'plates', 'list'>, caller: Caller): Promise<ActionOutput<'plates', 'list'>> {
  const { stationId, area, status, batchId, q, ...page } = input
  if (caller.role === 'officer' && stationId && stationId !== caller.stationId) throw forbidden('只能查看本所的联系牌')
  const scope = caller.role === 'officer' ? caller.stationId : stationId
  // The station (indexed with the area) narrows first; the search then reads only that station's plates.
  const filters = { ...(scope ? { stationId: scope } : {}), ...(area ? { area } : {}), ...(status ? { status } : {}), ...(batchId ? { batchId } : {}) }
  const where = q ? _.and([filters, searchOf(q)]) : filters
  const result = await pageByKey<PlateDoc>({ collection: 'plates', where, sortBy: 'createdAt', direction: 'desc', ...page })
  return {
    ...result,
    items: result.items.map((p) => ({
      code: p._id,
      kind: p.kind,
      label: p.label,
      address: p.address,
      area: p.area,
      stationId: p.stationId,
      status: p.status,
      scans: p.scans,
      createdAt: new Date(p.createdAt).toISOString(),
      ...(p.retiredReason ? { retiredReason: p.retiredReason } : {}),
      ...(p.batchId ? { batchId: p.batchId } : {}),
    })),
  }
}

/** Part of a code (as printed: upper case, so the match ignores case), a label, an address or an area's name. */
function searchOf(q: string) {
  const typed = containing(q)
  return _.or([{ _id: typed }, { label: typed }, { address: typed }, { area: typed }])
}
