import { org } from '../../types/org'
import { createFunction, withCaller } from '../_shared/router'
import { createBindCode, redeemBindCode } from './bind-codes'
import { createOfficer, listOfficers, setOfficerActive, updateOfficer } from './officers'
import { grantRole, listStaff, revokeRole, whoami } from './roles'
import { createStation, listStations, updateStation } from './stations'

/** 组织：stations, officers, their areas, and who holds a staff role. */
export const main = createFunction('org', org, {
  whoami: async (_input, ctx) => whoami(await ctx.caller()),
  ...withCaller({ grantRole, createBindCode, redeemBindCode, revokeRole, listOfficers }),
  listStaff,
  createStation,
  updateStation,
  listStations,
  createOfficer,
  updateOfficer,
  deactivateOfficer: (input) => setOfficerActive(input.officerId, false),
  reactivateOfficer: (input) => setOfficerActive(input.officerId, true),
})
