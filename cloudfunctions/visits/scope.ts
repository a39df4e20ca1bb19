import type { Caller } from '../_shared/identity'
import { listStation, requireOwnStation } from '../_shared/station-scope'

/** Officers act on their own station's sessions; admins on every station's. */
export const assertStation = (caller: Caller, stationId: string): void => requireOwnStation(caller, stationId, '只能管理本所的流动警务室')

/** The station a staff list is about: an officer's own; an admin's choice, or every station. */
export const stationFilter = (caller: Caller, asked?: string): string | undefined => listStation(caller, asked, '流动警务室')
