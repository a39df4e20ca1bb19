import { z } from 'zod'
import { defineActions } from './action'
import { empty, id, line, location, openid, pageInput, pageOf, phone } from './common'

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
})
export type Officer = z.infer<typeof officer>

export const role = z.enum(['admin', 'officer', 'resident'])
export const staffRole = z.enum(['admin', 'officer'])

const officerFields = {
  name: line(1, 20),
  badgeNo: z.string().trim().regex(/^[0-9A-Za-z]{4,12}$/, '警号应为 4–12 位数字或字母'),
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
      .object({ openid, role: staffRole, officerId: id.optional() })
      .strict()
      .refine((v) => v.role !== 'officer' || v.officerId, { message: '授予民警角色时必须指定 officerId', path: ['officerId'] }),
    output: z.object({ openid: z.string(), role: staffRole }),
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
    summary: 'Create a police station (派出所 or 警务室)',
    input: z.object({ name: line(2, 40), address: line(2, 100), phone, location: location.optional() }).strict(),
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
  listOfficers: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Officers, optionally of one station',
    input: z.object({ stationId: id.optional(), ...pageInput }).strict(),
    output: pageOf(officer),
  },
})
