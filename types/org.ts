import { z } from 'zod'
import { defineActions } from './action'
import { empty, id, line, location, openid, pageInput, pageOf, phone } from './common'
import { BIND_CODE_LENGTH, BIND_CODE_PATTERN } from './bind-code'

/** A community (社区) name such as 南关社区: the unit a plate and an officer are bound to. */
export const areaName = line(2, 30)

export const station = z.object({
  stationId: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  location: location.optional(),
})
export type Station = z.infer<typeof station>

export const officer = z.object({
  officerId: z.string(),
  name: z.string(),
  badgeNo: z.string(),
  phone: z.string(),
  dutyHours: z.string(),
  stationId: z.string(),
  areas: z.array(z.string()),
  photoUrl: z.string().optional(),
  /** A deactivated officer has no console access and is not shown to residents as an area's officer. */
  active: z.boolean(),
})
export type Officer = z.infer<typeof officer>

export const role = z.enum(['admin', 'officer', 'resident'])
export const staffRole = z.enum(['admin', 'officer'])

export const bindCode = z.string().trim().regex(BIND_CODE_PATTERN, `绑定码是 ${BIND_CODE_LENGTH} 位数字`)

/** An admin's own name for the log and the staff list (an officer's comes from their officer record). */
const adminName = line(1, 20)

/** One person with console access: their grant, and whose officer record it is. */
export const staffMember = z.object({
  openid: z.string(),
  role: staffRole,
  /** The officer's name, or the name given with an admin grant. */
  name: z.string().optional(),
  officerId: z.string().optional(),
  badgeNo: z.string().optional(),
  stationId: z.string().optional(),
  /** False while the officer record is deactivated: the grant stays but opens nothing. */
  active: z.boolean(),
  grantedAt: z.string().optional(),
  grantedBy: z.string(),
  /** `bindCode` when the person entered a 绑定码, else `openid` (an admin typed their account number). */
  via: z.enum(['openid', 'bindCode']).optional(),
})
export type StaffMember = z.infer<typeof staffMember>

const grantTarget = { role: staffRole, officerId: id.optional(), name: adminName.optional() }
const officerNamed = (v: { role: string; officerId?: string }) => v.role !== 'officer' || Boolean(v.officerId)
const OFFICER_NAMED = { message: '授予民警角色时必须指定 officerId', path: ['officerId'] }

const stationFields = { name: line(2, 40), address: line(2, 100), phone, location: location.optional() }

const officerFields = {
  name: line(1, 20),
  badgeNo: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{4,12}$/, '警号应为 4–12 位数字或字母'),
  phone,
  dutyHours: line(1, 60),
  stationId: id,
  areas: z.array(areaName).max(20, '一位民警最多负责 20 个社区'),
  photoUrl: z.string().url('照片地址不正确').max(500).optional(),
}

export const org = defineActions({
  whoami: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: 'The caller identity and role',
    input: empty,
    output: z.object({
      openid: z.string(),
      role,
      officerId: z.string().optional(),
      stationId: z.string().optional(),
    }),
  },
  grantRole: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Make an openid an admin, or an officer bound to an officer record',
    input: z
      .object({ openid, ...grantTarget })
      .strict()
      .refine(officerNamed, OFFICER_NAMED),
    output: z.object({ openid: z.string(), role: staffRole }),
  },
  createBindCode: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'A one-time 绑定码 (15 minutes) that gives whoever enters it this role; the code is answered once and kept only hashed',
    input: z.object(grantTarget).strict().refine(officerNamed, OFFICER_NAMED),
    output: z.object({ bindCode: z.string(), expiresAt: z.string(), role: staffRole, officerId: z.string().optional() }),
  },
  redeemBindCode: {
    access: 'user',
    // Counted as a report (20 tries an hour per person): guessing codes is what the limit stops.
    kind: 'report',
    // A resident's call, audited all the same: it makes them staff.
    audit: true,
    summary: 'Enter a 绑定码 on 我的: the caller gets the role it was made for',
    input: z.object({ bindCode }).strict(),
    output: z.object({ role: staffRole, officerId: z.string().optional(), stationId: z.string().optional() }),
  },
  listStaff: {
    access: 'admin',
    kind: 'read',
    audit: false,
    summary: 'Who has console access, with their role and officer record, latest grant first',
    input: z.object({ role: staffRole.optional(), ...pageInput }).strict(),
    output: pageOf(staffMember),
  },
  revokeRole: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Take any staff role from an openid',
    input: z.object({ openid }).strict(),
    output: z.object({ openid: z.string(), role: z.literal('resident') }),
  },
  createStation: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Create a police station (派出所 or 警务室); names are unique (CONFLICT)',
    input: z.object(stationFields).strict(),
    output: z.object({ stationId: z.string() }),
  },
  updateStation: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: "Change a station's name, address, phone or place; plates show the change; names are unique (CONFLICT)",
    input: z
      .object({ stationId: id, ...stationFields })
      .partial()
      .required({ stationId: true })
      .strict(),
    output: z.object({ stationId: z.string() }),
  },
  listStations: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Stations, by name',
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(station),
  },
  createOfficer: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Create an officer; the areas given move to this officer',
    input: z.object(officerFields).strict(),
    output: z.object({ officerId: z.string() }),
  },
  updateOfficer: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Change an officer; areas given move to this officer, areas left out are released',
    input: z
      .object({ officerId: id, ...officerFields })
      .partial()
      .required({ officerId: true })
      .strict(),
    output: z.object({ officerId: z.string() }),
  },
  deactivateOfficer: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Deactivate an officer: no console access, not shown on plates; areas and grants are kept for reactivation',
    input: z.object({ officerId: id }).strict(),
    output: z.object({ officerId: z.string(), active: z.boolean() }),
  },
  reactivateOfficer: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Undo a deactivation',
    input: z.object({ officerId: id }).strict(),
    output: z.object({ officerId: z.string(), active: z.boolean() }),
  },
  listOfficers: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Officers, optionally of one station',
    input: z.object({ stationId: id.optional(), ...pageInput }).strict(),
    output: pageOf(officer),
  },
})
