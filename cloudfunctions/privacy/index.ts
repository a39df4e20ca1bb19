import { privacy } from '../../types/privacy'
import { createFunction } from '../_shared/router'
import { auditLog } from './audit-log'
import { deleteMyData, exportMyData } from './my-data'
import { applyRetention } from './retention'

/** 隐私：a person's own data (export, delete), the audit log for admins, and the retention timer. */
export const main = createFunction(
  'privacy',
  privacy,
  {
    exportMyData: async (_input, ctx) => exportMyData((await ctx.caller()).openid),
    deleteMyData: async (_input, ctx) => deleteMyData((await ctx.caller()).openid),
    auditLog: (input) => auditLog(input),
  },
  { daily: (firedAt) => applyRetention(firedAt) },
)
