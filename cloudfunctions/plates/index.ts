import { plates } from '../../types/plates'
import { createFunction } from '../_shared/router'
import { listAreas } from './areas'
import { exportBatch, listPosters } from './batches'
import { rebindMany, retireMany } from './bulk'
import { get, lookup } from './lookup'
import { create, createBatch, list, retire, update } from './manage'
import { qrcode } from './qrcode'
import { requirePlateCode } from './codes'
import { compactScanMarks, countScan } from './scans'
import { exportStats, stats } from './stats'

/** 警民联系牌：the plates and stamps residents scan, and the console that manages them. */
export const main = createFunction(
  'plates',
  plates,
  {
    lookup: (input) => lookup(input),
    countScan: async (input, ctx) => {
      await countScan(requirePlateCode(input.code), ctx.openid)
      return {}
    },
    get: async (input, ctx) => get(input, await ctx.caller()),
    create: (input) => create(input),
    createBatch: (input) => createBatch(input),
    update: (input) => update(input),
    retire: (input) => retire(input),
    retireMany: (input) => retireMany(input),
    rebindMany: (input) => rebindMany(input),
    list: async (input, ctx) => list(input, await ctx.caller()),
    listAreas: async (input, ctx) => listAreas(input, await ctx.caller()),
    listPosters: async (input, ctx) => listPosters(input, await ctx.caller()),
    exportBatch: async (input, ctx) => exportBatch(input, await ctx.caller()),
    qrcode: (input) => qrcode(input),
    stats: async (input, ctx) => stats(input, await ctx.caller()),
    exportStats: async (input, ctx) => exportStats(input, await ctx.caller()),
  },
  { hourly: (firedAt) => compactScanMarks(firedAt) },
)
