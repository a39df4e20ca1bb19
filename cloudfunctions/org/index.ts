import { org } from '../../types/org'
import { createFunction } from '../_shared/router'
import { createBindCode, redeemBindCode } from './bind-codes'
import { createOfficer, listOfficers, setOfficerActive, updateOfficer } from './officers'
import { grantRole, listStaff, revokeRole, whoami } from './roles'
import { createStation, listStations, updateStation } from './stations'

/** 组织：stations, officers, their areas, and who holds a staff role. */
export const main = createFunction('org', org, {
  whoami: async (_input, ctx) => whoami(await ctx.caller()),
  grantRole: async (input, ctx) => grantRole(input, await ctx.caller()),
  createBindCode: async (input, ctx) => createBindCode(input, await ctx.caller()),
  redeemBindCode: async (input, ctx) => redeemBindCode(input, await ctx.caller()),
  listStaff: (input) => listStaff(input),
  revokeRole: async (input, ctx) => revokeRole(input, await ctx.caller()),
  createStation: (input) => createStation(input),
  updateStation: (input) => updateStation(input),
  listStations: (input) => listStations(input),
  createOfficer: (input) => createOfficer(input),
  updateOfficer: (input) => updateOfficer(input),
  deactivateOfficer: (input) => setOfficerActive(input.officerId, false),
  reactivateOfficer: (input) => setOfficerActive(input.officerId, true),
  listOfficers: async (input, ctx) => listOfficers(input, await ctx.caller()),
})
