import type { ActionInput, ActionOutput } from '../../types'
import { db } from '../_shared/cloud'
import { firstRow } from '../_shared/results'
import { conflict, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import type { OfficerDoc } from './docs'

export function whoami(caller: Caller): ActionOutput<'org', 'whoami'> {
  const { openid, role, officerId, stationId } = caller
  return { openid, role, ...(officerId ? { officerId } : {}), ...(stationId ? { stationId } : {}) }
}

export async function grantRole(input: ActionInput<'org', 'grantRole'>, admin: Caller): Promise<ActionOutput<'org', 'grantRole'>> {
  const grant = { role: input.role, grantedBy: admin.openid, grantedAt: db.serverDate() }
  if (input.role === 'officer') {
    const officer = await firstRow<OfficerDoc>(db.collection('officers').where({ _id: input.officerId }).limit(1).get())
    if (!officer) throw notFound('没有找到该民警')
    await db.collection('staff').doc(input.openid).set({ data: { ...grant, officerId: officer._id, stationId: officer.stationId } })
  } else {
    await db.collection('staff').doc(input.openid).set({ data: grant })
  }
  return { openid: input.openid, role: input.role }
}

export async function revokeRole(input: ActionInput<'org', 'revokeRole'>, admin: Caller): Promise<ActionOutput<'org', 'revokeRole'>> {
  // An admin who revokes themselves could leave the district with no admin at all.
  if (input.openid === admin.openid) throw conflict('不能撤销自己的角色，请由另一位管理员操作')
  await db.collection('staff').where({ _id: input.openid }).remove()
  return { openid: input.openid, role: 'resident' }
}
