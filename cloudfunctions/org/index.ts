import { org } from '../../types/org'
import { createFunction } from '../_shared/router'
import { createOfficer, listOfficers, updateOfficer } from './officers'
import { grantRole, revokeRole, whoami } from './roles'
import { createStation, listStations } from './stations'

/** 组织：stations, officers, their areas, and who holds a staff role. */
export const main = createFunction('org', org, {
  whoami: async (_input, ctx) => whoami(await ctx.caller()),
  grantRole: async (input, ctx) => grantRole(input, await ctx.caller()),
  revokeRole: async (input, ctx) => revokeRole(input, await ctx.caller()),
  createStation: (input) => createStation(input),
  listStations: (input) => listStations(input),
  createOfficer: (input) => createOfficer(input),
  updateOfficer: (input) => updateOfficer(input),
  listOfficers: async (input, ctx) => listOfficers(input, await ctx.caller()),
})
