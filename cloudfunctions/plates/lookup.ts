import { EMERGENCY_NUMBERS } from '../../types/contact'
import type { ActionInput, ActionOutput } from '../../types'
import { db } from '../_shared/cloud'
import type { Caller } from '../_shared/identity'
import { cardFor } from '../_shared/plate-cards'
import { notFound } from '../_shared/errors'
import { firstRow } from '../_shared/results'
import { requirePlateCode } from './codes'
import type { PlateDoc } from './docs'

/**
 * What a scan shows: one database request, the plate with its card (kept up to date on write). The
 * scan is counted by a call of its own the page sends once the card shows (`countScan`), so the card
 * never waits for the count's write. A retired plate's copied card is no longer kept up to date, so
 * for one (rare) the area's officer and station are read as they are now: a resident who scans an old
 * plate is still shown who looks after the area today, with the reason the plate was taken down.
 */
export async function lookup(input: ActionInput<'plates', 'lookup'>): Promise<ActionOutput<'plates', 'lookup'>> {
  const code = requirePlateCode(input.code)
  const doc = await firstRow<PlateDoc>(db.collection('plates').where({ _id: code }).limit(1).get())
  if (!doc) throw notFound('没有找到这个编号的联系牌或联系章，请核对编号。')
  return toCard(code, await currentDoc(doc))
}

/** The plate with the card it shows today: as stored for an active plate, read afresh for a retired one. */
async function currentDoc(doc: PlateDoc): Promise<PlateDoc> {
  if (doc.status !== 'retired') return doc
  // The stored copy still names whoever was there on the day it was retired, or someone since gone.
  const card = await cardFor(doc.area, doc.stationId).catch(() => ({ ...doc.card, officer: null }))
  return { ...doc, card }
}

/** The console's view of one plate: staff opening it are not residents scanning it, so no count. */
export async function get(input: ActionInput<'plates', 'get'>, caller: Caller): Promise<ActionOutput<'plates', 'get'>> {
  const code = requirePlateCode(input.code)
  const doc = await firstRow<PlateDoc>(db.collection('plates').where({ _id: code }).limit(1).get())
  if (!doc || (caller.role === 'officer' && doc.stationId !== caller.stationId)) throw notFound('没有找到这块警民联系牌')
  const card = toCard(code, await currentDoc(doc))
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
  const { kind, label, address, area, status, retiredReason } = doc
  return {
    plate: { code, kind, label, address, area, status, ...(status === 'retired' && retiredReason ? { retiredReason } : {}) },
    officer: doc.card.officer,
    station: doc.card.station,
    emergency: EMERGENCY_NUMBERS.map(({ label, number }) => ({ label, number })),
  }
}
