import type { ActionInput, ActionOutput } from '../../types'
import { PLATE_CODE_PROBLEMS, readPlateCode } from '../../types/plate-code'
import { _, db } from '../_shared/cloud'
import { rows } from '../_shared/results'
import { cardFor } from '../_shared/plate-cards'
import { getStation } from '../_shared/stations'
import { requireAreaOfStation } from './areas'
import type { PlateDoc } from './docs'

type Failure = { code: string; message: string }

/**
 * The plates a bulk call names, read in one query (the contract allows at most 100 codes, `_.in`'s
 * limit). Each code that cannot be acted on is a failure with its reason; the rest go on.
 */
async function readPlates(typed: string[], usable: (plate: PlateDoc) => string | null): Promise<{ ready: string[]; failed: Failure[] }> {
  const codes = new Map<string, string>()
  const failed: Failure[] = []
  for (const code of typed) {
    const read = readPlateCode(code)
    if (read.ok) codes.set(code, read.code)
    else failed.push({ code, message: PLATE_CODE_PROBLEMS[read.reason] })
  }
  const canonical = [...new Set(codes.values())]
  const found =
    canonical.length === 0
      ? []
      : await rows<PlateDoc>(
          db
            .collection('plates')
            .where({ _id: _.in(canonical) })
            .field({ status: true, stationId: true, area: true })
            .limit(canonical.length)
            .get(),
        )
  const byCode = new Map(found.map((p) => [p._id, p]))
  const ready: string[] = []
  for (const [typedCode, code] of codes) {
    const plate = byCode.get(code)
    const problem = plate ? usable(plate) : '没有找到这块联系牌'
    if (problem) failed.push({ code: typedCode, message: problem })
    else if (!ready.includes(code)) ready.push(code)
  }
  return { ready, failed }
}

/** Retires many plates with one reason. Plates already retired are reported and keep their first reason. */
export async function retireMany(input: ActionInput<'plates', 'retireMany'>): Promise<ActionOutput<'plates', 'retireMany'>> {
  const { ready, failed } = await readPlates(input.codes, (plate) => (plate.status === 'retired' ? '这块联系牌已经停用' : null))
  if (ready.length > 0) {
    await db
      .collection('plates')
      .where({ _id: _.in(ready), status: 'active' })
      .update({ data: { status: 'retired', retiredReason: input.reason, updatedAt: db.serverDate() } })
  }
  return { retired: ready, failed }
}

/**
 * Moves many active plates to one area of one station; their cards then show that area's officer.
 * The station must exist and the area must not be another station's, else nothing moves.
 */
export async function rebindMany(input: ActionInput<'plates', 'rebindMany'>): Promise<ActionOutput<'plates', 'rebindMany'>> {
  const { area, stationId } = input
  await getStation(stationId)
  await requireAreaOfStation(area, stationId)
  const { ready, failed } = await readPlates(input.codes, (plate) => (plate.status === 'retired' ? '已停用的联系牌不能改绑' : null))
  if (ready.length > 0) {
    const card = await cardFor(area, stationId)
    await db
      .collection('plates')
      .where({ _id: _.in(ready), status: 'active' })
      .update({ data: { area, stationId, card: _.set(card), updatedAt: db.serverDate() } })
  }
  return { rebound: ready, failed }
}
