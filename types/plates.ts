import { z } from 'zod'
import { defineActions } from './action'
import { id, line, pageInput, pageOf } from './common'
import { areaName, officer, station } from './org'
import { PLATE_CODE_LENGTH } from './plate-code'
import { MAX_BULK_PLATES } from './plate-labels'

export const plateKind = z.enum(['plate', 'stamp'])
export const plateStatus = z.enum(['active', 'retired'])

/** As typed or scanned: the function reads it (case, spaces, check character) and says what is wrong. */
const codeInput = z.string().max(40, '联系牌编号过长')

export const plate = z.object({
  code: z.string(),
  kind: plateKind,
  label: z.string(),
  address: z.string(),
  area: z.string(),
  stationId: z.string(),
  status: plateStatus,
})
export type Plate = z.infer<typeof plate>

/** The officer as a plate's card shows them to residents: no station id, no areas, nothing internal. */
export const plateOfficer = officer.pick({ officerId: true, name: true, badgeNo: true, dutyHours: true, phone: true, photoUrl: true })
export type PlateOfficer = z.infer<typeof plateOfficer>

const placeFields = {
  kind: plateKind,
  label: line(2, 40),
  address: line(2, 100),
  area: areaName,
  stationId: id,
}

const bulkCodes = z
  .array(codeInput)
  .min(1, '请至少选择一块联系牌')
  .max(MAX_BULK_PLATES, `一次最多处理 ${MAX_BULK_PLATES} 块`)
  .refine((codes) => new Set(codes).size === codes.length, '编号有重复')

/** The plates of a bulk call that were left as they were, each with the reason in plain Chinese. */
const bulkFailures = z.array(z.object({ code: z.string(), message: z.string() }))

/** A search over plates: part of a code, label, address or area name. */
const plateQuery = line(1, 30)

/** A batch of plates made together: one id printed, exported and listed as a whole. */
const batchId = z.string().regex(/^[0-9A-Za-z-]{4,40}$/, '批次编号格式不正确')

const statsInput = z.object({ stationId: id.optional(), days: z.number().int().min(1).max(90).optional() }).strict()

const card = z.object({
  /** `retiredReason`: why a retired plate was taken down, as the admin wrote it when retiring it. */
  plate: plate.omit({ stationId: true }).extend({ retiredReason: z.string().optional() }),
  officer: plateOfficer.nullable(),
  station,
  emergency: z.array(z.object({ label: z.string(), number: z.string() })),
})

export const plates = defineActions({
  lookup: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary:
      'The card a scanned plate or stamp opens: the current officer of its area (also for a retired one, with the reason it was retired), the station, emergency numbers',
    input: z.object({ code: codeInput }).strict(),
    output: card,
  },
  countScan: {
    access: 'public',
    // A mark per person, plate and hour, written again rather than added: a call repeated changes nothing,
    // so it is counted per instance, like the lookup it follows, without a database counter of its own.
    kind: 'write',
    limit: 'inMemory',
    audit: false,
    summary:
      'Counts a scan for the statistics, sent by the card page once the card shows (not part of the lookup, which answers first); keeps nothing about who scanned past the hour',
    input: z.object({ code: codeInput }).strict(),
    output: z.object({}),
  },
  get: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'One plate for the console: the card residents see plus its record; not counted as a scan',
    input: z.object({ code: codeInput }).strict(),
    output: card.extend({
      plate: plate.extend({ scans: z.number(), createdAt: z.string(), retiredReason: z.string().optional() }),
    }),
  },
  create: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'A new plate or stamp with a fresh code',
    input: z.object(placeFields).strict(),
    output: z.object({ code: z.string() }),
  },
  createBatch: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Up to 500 plates at once, labelled with a prefix and a number',
    input: z
      .object({
        count: z.number().int().min(1).max(500, '一次最多生成 500 块'),
        kind: plateKind,
        labelPrefix: line(1, 30),
        address: placeFields.address,
        area: placeFields.area,
        stationId: id,
      })
      .strict(),
    output: z.object({ codes: z.array(z.string()), batchId: z.string() }),
  },
  update: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Rebind a plate: label, address, area or station; the code never changes',
    input: z
      .object({ code: codeInput, label: placeFields.label, address: placeFields.address, area: placeFields.area, stationId: id })
      .partial()
      .required({ code: true })
      .strict(),
    output: z.object({ code: z.string() }),
  },
  retire: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Take a plate out of service; scanning it then shows the reason, and the area officer and station of today',
    input: z.object({ code: codeInput, reason: line(2, 100) }).strict(),
    output: z.object({ code: z.string(), status: z.literal('retired') }),
  },
  retireMany: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Retire up to 100 plates with one reason; each plate that cannot be retired is reported, the others are',
    input: z.object({ codes: bulkCodes, reason: line(2, 100) }).strict(),
    output: z.object({ retired: z.array(z.string()), failed: bulkFailures }),
  },
  rebindMany: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Move up to 100 active plates to one area of one station; each plate that cannot move is reported, the others move',
    input: z.object({ codes: bulkCodes, area: areaName, stationId: id }).strict(),
    output: z.object({ rebound: z.array(z.string()), failed: bulkFailures }),
  },
  list: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Plates, newest first, filtered by station, area, status or batch, and found by part of a code, label, address or area',
    input: z
      .object({
        stationId: id.optional(),
        area: areaName.optional(),
        status: plateStatus.optional(),
        batchId: batchId.optional(),
        q: plateQuery.optional(),
        ...pageInput,
      })
      .strict(),
    output: pageOf(plate.extend({ scans: z.number(), createdAt: z.string(), retiredReason: z.string().optional(), batchId: z.string().optional() })),
  },
  listAreas: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: "A station's known areas (those it holds, and those its plates name), with their officer and plate count",
    input: z.object({ stationId: id.optional() }).strict(),
    output: z.object({
      items: z.array(z.object({ area: z.string(), stationId: z.string(), officerName: z.string().nullable(), plates: z.number() })),
    }),
  },
  listPosters: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: "A batch's plates as printed: each plate's card and QR image, in label order, page by page",
    input: z.object({ batchId, ...pageInput }).strict(),
    output: pageOf(card.extend({ pngBase64: z.string(), url: z.string() })),
  },
  exportBatch: {
    access: 'staff',
    kind: 'read',
    // A batch's list leaves the system as a file: who took it is kept, as for every export.
    audit: true,
    summary: "A batch's codes, labels, areas and links as CSV that opens in Excel (UTF-8 with BOM)",
    input: z.object({ batchId }).strict(),
    output: z.object({ filename: z.string(), csv: z.string() }),
  },
  qrcode: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'The QR image to print on a plate',
    input: z.object({ code: codeInput }).strict(),
    output: z.object({ scene: z.string(), url: z.string(), pngBase64: z.string() }),
  },
  stats: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Exact scan counts over the last `days` China days: per day, per area, per plate, and the plates nobody scanned',
    input: statsInput,
    output: z.object({
      days: z.number(),
      /** Every day of the window, oldest first, zeros included. */
      perDay: z.array(z.object({ day: z.string(), scans: z.number() })),
      /** Scans in the window per area (the plate's area now), most scanned first. */
      perArea: z.array(z.object({ area: z.string(), scans: z.number() })),
      /** Scans in the window per plate, most scanned first. */
      perPlate: z.array(plate.pick({ code: true, label: true, area: true }).extend({ scans: z.number() })),
      /** Active plates older than the window that nobody scanned in it; younger ones have not had the chance. */
      stale: z.array(plate.pick({ code: true, label: true, area: true })),
    }),
  },
  exportStats: {
    access: 'staff',
    kind: 'read',
    audit: true,
    summary: "The statistics' per-plate table as CSV that opens in Excel (UTF-8 with BOM)",
    input: statsInput,
    output: z.object({ filename: z.string(), csv: z.string() }),
  },
})

export { PLATE_CODE_LENGTH }
