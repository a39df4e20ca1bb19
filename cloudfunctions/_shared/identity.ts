import type { Role } from '../../types/roles'
import { cloud, db } from './cloud'
import { firstRow } from './results'

/** Who is calling, as far as the server can prove it. */
export interface Caller {
  openid: string
  role: Role
  officerId?: string
  stationId?: string
}

/** A staff grant, keyed by OPENID: the only source of a role besides ADMIN_OPENIDS at start. */
export interface StaffDoc {
  _id: string
  role: 'admin' | 'officer'
  officerId?: string
  stationId?: string
  grantedBy: string
  grantedAt: Date
}

/** The OPENID WeChat vouches for. Anything the event says about identity is ignored. */
export function currentOpenid(): string | undefined {
  const openid = cloud.getWXContext().OPENID
  return typeof openid === 'string' && openid.length > 0 ? openid : undefined
}

export async function resolveCaller(openid: string): Promise<Caller> {
  const staff = await firstRow<StaffDoc>(db.collection('staff').where({ _id: openid }).limit(1).get())
  if (!staff) return { openid, role: 'resident' }
  return { openid, role: staff.role, officerId: staff.officerId, stationId: staff.stationId }
}

export const isStaff = (caller: Caller) => caller.role === 'admin' || caller.role === 'officer'
