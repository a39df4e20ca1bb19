import type { Caller } from '../_shared/identity'
import { forbidden } from '../_shared/errors'

/** Officers act on their own station's sessions; admins on every station's. */
export function assertStation(caller: Caller, stationId: string): void {
  if (caller.role === 'admin') return
  if (caller.role === 'officer' && caller.stationId === stationId) return
  throw forbidden('只能管理本所的流动警务室')
}

/** The station a staff list is about: an officer's own; an admin's choice, or every station. */
export function stationFilter(caller: Caller, asked?: string): string | undefined {
  if (caller.role === 'admin') return asked
  if (asked && asked !== caller.stationId) throw forbidden('只能查看本所的流动警务室')
  if (!caller.stationId) throw forbidden('您的账号还没有绑定派出所')
  return caller.stationId
}
