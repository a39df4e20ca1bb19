import { z } from 'zod'
import { defineActions } from './action'
import { id, line, pageInput, pageOf } from './common'
import { areaName, station } from './org'
import { PLATE_CODE_LENGTH } from './plate-code'

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

export const plateOfficer = z.object({
  officerId: z.string(),
  name: z.string(),
  badgeNo: z.string(),
  dutyHours: z.string(),
  phone: z.string(),
  photoUrl: z.string().optional(),
})
export type PlateOfficer = z.infer<typeof plateOfficer>

const placeFields = {
  kind: plateKind,
  label: line(2, 40),
  address: line(2, 100),
  area: areaName,
  stationId: id,
}

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
    summary: 'The card a scanned plate or stamp opens: the current officer of its area (also for a retired one, with the reason it was retired), the station, emergency numbers',
    input: z.object({ code: codeInput }).strict(),
    output: card,
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
    output: z.object({ codes: z.array(z.string()) }),
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
  list: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Plates, newest first, filtered by station, area or status',
    input: z.object({ stationId: id.optional(), area: areaName.optional(), status: plateStatus.optional(), ...pageInput }).strict(),
    output: pageOf(plate.extend({ scans: z.number(), createdAt: z.string() })),
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
    summary: 'Scans per plate per China day, and plates not scanned for `days` days',
    input: z.object({ stationId: id.optional(), days: z.number().int().min(1).max(90).optional() }).strict(),
    output: z.object({
      days: z.number(),
      perDay: z.array(z.object({ code: z.string(), day: z.string(), scans: z.number() })),
      /** Scans in the window per plate, most scanned first. */
      perPlate: z.array(plate.pick({ code: true, label: true, area: true }).extend({ scans: z.number() })),
      stale: z.array(plate.pick({ code: true, label: true, area: true })),
    }),
  },
})

export { PLATE_CODE_LENGTH }
