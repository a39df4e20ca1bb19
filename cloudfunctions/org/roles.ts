import type { ActionInput, ActionOutput } from '../../types'
import type { StaffMember } from '../../types/org'
import { _, db } from '../_shared/cloud'
import { conflict } from '../_shared/errors'
import type { Caller, StaffDoc } from '../_shared/identity'
import { pageByKey } from '../_shared/paging'
import { rows } from '../_shared/results'
import type { OfficerDoc } from './docs'
import { requireOfficer } from './officers'

export function whoami(caller: Caller): ActionOutput<'org', 'whoami'> {
  const { openid, role, officerId, stationId } = caller
  return { openid, role, ...(officerId ? { officerId } : {}), ...(stationId ? { stationId } : {}) }
}

/** What a grant of `role` (to an officer record, or as an admin with a name) writes, checked. */
export interface GrantTarget {
  role: 'admin' | 'officer'
  officerId?: string
  name?: string
}

/** The officer record a grant binds to must exist and be active; an admin grant keeps its name. */
export async function grantFields(target: GrantTarget): Promise<Pick<StaffDoc, 'role' | 'officerId' | 'stationId' | 'name'>> {
  if (target.role === 'admin') return { role: 'admin', ...(target.name ? { name: target.name } : {}) }
  const officer = await requireOfficer(target.officerId ?? '')
  if (officer.active === false) throw conflict(`${officer.name} 已停用，请先恢复再开通工作台`)
  return { role: 'officer', officerId: officer._id, stationId: officer.stationId }
}

/** Writes a grant, replacing whatever role the person had. */
export async function writeGrant(openid: string, fields: Awaited<ReturnType<typeof grantFields>>, grantedBy: string, via: StaffDoc['via']) {
  await db
    .collection('staff')
    .doc(openid)
    .set({ data: { ...fields, grantedBy, grantedAt: db.serverDate(), via } })
}

export async function grantRole(input: ActionInput<'org', 'grantRole'>, admin: Caller): Promise<ActionOutput<'org', 'grantRole'>> {
  const { openid, ...target } = input
  await writeGrant(openid, await grantFields(target), admin.openid, 'openid')
  return { openid, role: input.role }
}

export async function revokeRole(input: ActionInput<'org', 'revokeRole'>, admin: Caller): Promise<ActionOutput<'org', 'revokeRole'>> {
  // An admin who revokes themselves could leave the district with no admin at all.
  if (input.openid === admin.openid) throw conflict('不能撤销自己的角色，请由另一位管理员操作')
  await db.collection('staff').where({ _id: input.openid }).remove()
  return { openid: input.openid, role: 'resident' }
}

/** Everyone with console access, latest grant first, with the officer record each is bound to. */
export async function listStaff(input: ActionInput<'org', 'listStaff'>): Promise<ActionOutput<'org', 'listStaff'>> {
  const { role, ...page } = input
  const result = await pageByKey<StaffDoc>({
    collection: 'staff',
    where: role ? { role } : { _id: _.exists(true) },
    sortBy: 'grantedAt',
    direction: 'desc',
    ...page,
  })
  const officerIds = [...new Set(result.items.map((s) => s.officerId).filter((v): v is string => Boolean(v)))]
  const officers = officerIds.length
    ? await rows<OfficerDoc>(
        db
          .collection('officers')
          .where({ _id: _.in(officerIds) })
          .limit(officerIds.length)
          .get(),
      )
    : []
  const byId = new Map(officers.map((o) => [o._id, o]))
  return { ...result, items: result.items.map((doc) => toStaffMember(doc, doc.officerId ? byId.get(doc.officerId) : undefined)) }
}

function toStaffMember(doc: StaffDoc, officer: OfficerDoc | undefined): StaffMember {
  const name = officer?.name ?? doc.name
  return {
    openid: doc._id,
    role: doc.role,
    ...(name ? { name } : {}),
    ...(doc.officerId ? { officerId: doc.officerId } : {}),
    ...(officer ? { badgeNo: officer.badgeNo } : {}),
    ...(doc.stationId ? { stationId: doc.stationId } : {}),
    active: !doc.suspended && officer?.active !== false,
    ...(doc.grantedAt ? { grantedAt: new Date(doc.grantedAt).toISOString() } : {}),
    grantedBy: doc.grantedBy,
    ...(doc.via ? { via: doc.via } : {}),
  }
}
