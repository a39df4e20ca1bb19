import { forbidden, invalid } from './errors'
import type { Caller } from './identity'

/**
 * Which station's records a member of staff may see and change: an officer their own station's, an
 * admin every station's. Every domain with station records (tickets, notices, watch points, 留言)
 * asks here, so that the rule and its refusals read the same everywhere.
 */

/**
 * The station whose records a staff list shows: an officer sees only their own, whatever they ask;
 * asking for another station is refused rather than silently answered with their own. `undefined`:
 * an admin who named none, every station.
 */
export function listStation(caller: Caller, asked: string | undefined, what = '记录'): string | undefined {
  if (caller.role === 'admin') return asked
  if (asked && asked !== caller.stationId) throw forbidden(`只能查看本所的${what}`)
  if (!caller.stationId) throw forbidden('您的账号还没有绑定派出所')
  return caller.stationId
}

/** Refuses an officer acting on another station's record; admins act everywhere. */
export function requireOwnStation(caller: Caller, stationId: string, refusal = '只能处理本所的记录'): void {
  if (caller.role === 'admin') return
  if (caller.role !== 'officer' || !caller.stationId || caller.stationId !== stationId) throw forbidden(refusal)
}

/** The station a staff member writes to: an officer always their own, an admin the one they name. */
export function writeStation(caller: Caller, asked: string | undefined): string {
  if (caller.role === 'admin') {
    if (!asked) throw invalid('请选择派出所', 'stationId')
    return asked
  }
  if (!caller.stationId) throw forbidden('您的账号还没有绑定派出所')
  if (asked && asked !== caller.stationId) throw forbidden('只能管理本所的内容')
  return caller.stationId
}
