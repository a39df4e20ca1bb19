import type { Plate } from './plates'

/** How a plate's kind and status read, on screen and in exported CSV alike (no zod: the app bundles this). */
export const PLATE_KIND_LABELS: Record<Plate['kind'], string> = { plate: '联系牌', stamp: '联系章' }
export const PLATE_STATUS_LABELS: Record<Plate['status'], string> = { active: '在用', retired: '已停用' }

/** Plates one bulk call may touch: `_.in` takes at most 100 values in the cloud, so one query reads them all. */
export const MAX_BULK_PLATES = 100
