import { plates } from '../../types/plates'
import { createFunction } from '../_shared/router'
import { get, lookup } from './lookup'
import { create, createBatch, list, retire, update } from './manage'
import { qrcode } from './qrcode'
import { compactScanMarks, stats } from './scans'

/** 警民联系牌：the plates and stamps residents scan, and the console that manages them. */
export const main = createFunction(
  'plates',
  plates,
  {
    lookup: (input, ctx) => lookup(input, ctx.openid),
    get: async (input, ctx) => get(input, await ctx.caller()),
    create: (input) => create(input),
    createBatch: (input) => createBatch(input),
    update: (input) => update(input),
    retire: (input) => retire(input),
    list: async (input, ctx) => list(input, await ctx.caller()),
    qrcode: (input) => qrcode(input),
    stats: async (input, ctx) => stats(input, await ctx.caller()),
  },
  { hourly: (firedAt) => compactScanMarks(firedAt) },
)
