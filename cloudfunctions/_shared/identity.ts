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

/**
 * A staff grant, keyed by OPENID: the only source of a role besides ADMIN_OPENIDS at start. Grants
 * are written by the functions (org.setRole) with the server SDK, which never sets `_openid`.
 */
export interface StaffDoc {
  _id: string
  /** Set by the platform on every document a mini-program writes itself: a grant carrying it is forged. */
  _openid?: string
  role: 'admin' | 'officer'
  officerId?: string
  stationId?: string
  /** An admin's name, given with the grant (an officer's is on their officer record). */
  name?: string
  /** Set while the officer record is deactivated (org.deactivateOfficer): the grant opens nothing. */
  suspended?: boolean
  /** How the grant was made: an admin typed the OPENID, or the person entered a 绑定码. */
  via?: 'openid' | 'bindCode'
  grantedBy: string
  grantedAt: Date
}

/** The OPENID WeChat vouches for. Anything the event says about identity is ignored. */
export function currentOpenid(): string | undefined {
  const openid = cloud.getWXContext().OPENID
  return typeof openid === 'string' && openid.length > 0 ? openid : undefined
}

/**
 * The client address the platform reports for this call, when it reports one: CLIENTIP for IPv4,
 * CLIENTIPV6 for a caller on IPv6 (getWXContext documents both).
 */
export function currentClientIp(): string | undefined {
  const context = cloud.getWXContext() as { CLIENTIP?: unknown; CLIENTIPV6?: unknown }
  const ip = [context.CLIENTIP, context.CLIENTIPV6].find((value) => typeof value === 'string' && value.length > 0)
  return ip as string | undefined
}

/**
 * The caller's role, from their `staff` grant. In depth behind the collection rules (admin-only, set
 * by the deploy): a document the mini-program wrote itself carries `_openid` (WeChat adds it to every
 * client write, 仅创建者可读写 or not) and grants nothing, whatever role it claims.
 */
export async function resolveCaller(openid: string): Promise<Caller> {
  const staff = await firstRow<StaffDoc>(db.collection('staff').where({ _id: openid }).limit(1).get())
  if (!staff) return { openid, role: 'resident' }
  if (staff._openid !== undefined) {
    console.error(`[identity] ignored a staff grant written by a client (_openid set) for ${openid}`)
    return { openid, role: 'resident' }
  }
  if (staff.suspended) return { openid, role: 'resident' }
  return { openid, role: staff.role, officerId: staff.officerId, stationId: staff.stationId }
}

export const isStaff = (caller: Caller) => caller.role === 'admin' || caller.role === 'officer'
