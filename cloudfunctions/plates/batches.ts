import { randomInt } from 'node:crypto'
import type { ActionInput, ActionOutput } from '../../types'
import { PLATE_ALPHABET } from '../../types/plate-code'
import { chinaDate } from '../_shared/china-time'
import { db } from '../_shared/cloud'
import { excelCsv, textCell } from '../_shared/csv-cells'
import { notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { pageByKey } from '../_shared/paging'
import { rows } from '../_shared/results'
import { PLATE_KIND_LABELS, PLATE_STATUS_LABELS } from '../../types/plate-labels'
import type { PlateDoc } from './docs'
import { toCard } from './lookup'
import { plateLink, plateQr } from './qrcode'

/** e.g. 20261130-K7MW: the China day it was made, then four characters of the plate alphabet. */
export function newBatchId(now = new Date()): string {
  const tail = Array.from({ length: 4 }, () => PLATE_ALPHABET[randomInt(PLATE_ALPHABET.length)]).join('')
  return `${chinaDate(now).replace(/-/g, '')}-${tail}`
}

/** An officer's view of a batch is the part of it in their station (a batch is made for one station). */
/** An officer sees only their station's plates of a batch; an admin all of it. */
function stationScope(caller: Caller) {
  return caller.role === 'officer' ? { stationId: caller.stationId } : {}
}

/** Posters, a page at a time: each QR is an openapi call in the cloud, so a page is what one call can make in time. */
export const POSTERS_PER_PAGE = 20

export async function listPosters(input: ActionInput<'plates', 'listPosters'>, caller: Caller): Promise<ActionOutput<'plates', 'listPosters'>> {
  const page = await pageByKey<PlateDoc>({
    collection: 'plates',
    // Written out so the deploy's index check reads batchId (index batchId_label).
    where: { batchId: input.batchId, ...stationScope(caller) },
    // Labels are the prefix and a zero-padded number: label order is the order they were made in.
    sortBy: 'label',
    direction: 'asc',
    limit: Math.min(input.limit ?? POSTERS_PER_PAGE, POSTERS_PER_PAGE),
    cursor: input.cursor,
  })
  if (page.items.length === 0 && !input.cursor) throw notFound('没有找到这一批联系牌')
  const items = await Promise.all(
    page.items.map(async (doc) => {
      const { url, pngBase64 } = await plateQr(doc._id)
      return { ...toCard(doc._id, doc), url, pngBase64 }
    }),
  )
  return { ...page, items }
}

export async function exportBatch(input: ActionInput<'plates', 'exportBatch'>, caller: Caller): Promise<ActionOutput<'plates', 'exportBatch'>> {
  // A batch is at most 500 plates (createBatch), well within one read.
  const plates = await rows<PlateDoc>(
    db
      .collection('plates')
      .where({ batchId: input.batchId, ...stationScope(caller) })
      .orderBy('label', 'asc')
      .limit(1000)
      .get(),
  )
  if (plates.length === 0) throw notFound('没有找到这一批联系牌')
  const csv = excelCsv(
    ['编号', '名称', '种类', '社区', '地址', '状态', '链接'],
    plates.map((p) => [
      p._id,
      textCell(p.label),
      PLATE_KIND_LABELS[p.kind],
      textCell(p.area),
      textCell(p.address),
      PLATE_STATUS_LABELS[p.status],
      plateLink(p._id),
    ]),
  )
  return { filename: `联系牌批次-${input.batchId}.csv`, csv }
}
