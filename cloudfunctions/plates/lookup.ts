import { EMERGENCY_NUMBERS } from '../../types/contact'
import type { ActionInput, ActionOutput } from '../../types'
import { db } from '../_shared/cloud'
import type { Caller } from '../_shared/identity'
import { notFound } from '../_shared/errors'
import { firstRow } from '../_shared/results'
import { requirePlateCode } from './codes'
import type { PlateDoc } from './docs'
import { countScan } from './scans'

/**
 * What a scan shows. Two database requests, sent together: read the plate (its card is kept up to
 * date on write) and count the scan.
 */
export async function lookup(input: ActionInput<'plates', 'lookup'>, openid: string | undefined): Promise<ActionOutput<'plates', 'lookup'>> {
  const code = requirePlateCode(input.code)
  const [doc] = await Promise.all([
    firstRow<PlateDoc>(db.collection('plates').where({ _id: code }).limit(1).get()),
    countScan(code, openid),
  ])
  if (!doc) throw notFound('没有找到这块警民联系牌，请核对编号，或拨打派出所电话咨询')
  return toCard(code, doc)
}

/** The console's view of one plate: staff opening it are not residents scanning it, so no count. */
export async function get(input: ActionInput<'plates', 'get'>, caller: Caller): Promise<ActionOutput<'plates', 'get'>> {
  const code = requirePlateCode(input.code)
  const doc = await firstRow<PlateDoc>(db.collection('plates').where({ _id: code }).limit(1).get())
  if (!doc || (caller.role === 'officer' && doc.stationId !== caller.stationId)) throw notFound('没有找到这块警民联系牌')
  const card = toCard(code, doc)
  return {
    ...card,
    plate: {
      ...card.plate,
      stationId: doc.stationId,
      scans: doc.scans,
      createdAt: new Date(doc.createdAt).toISOString(),
      ...(doc.retiredReason ? { retiredReason: doc.retiredReason } : {}),
    },
  }
}

export function toCard(code: string, doc: PlateDoc): ActionOutput<'plates', 'lookup'> {
  const { kind, label, address, area, status } = doc
  return {
    plate: { code, kind, label, address, area, status },
    officer: status === 'active' ? doc.card.officer : null,
    station: doc.card.station,
    emergency: EMERGENCY_NUMBERS.map(({ label, number }) => ({ label, number })),
  }
}
