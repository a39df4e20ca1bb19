import type { Plate } from '@/types/plates'

export const PLATE_KIND_LABELS: Record<Plate['kind'], string> = { plate: '联系牌', stamp: '联系章' }
export const PLATE_STATUS_LABELS: Record<Plate['status'], string> = { active: '在用', retired: '已停用' }

export const PLATE_KIND_CHOICES = [
  { value: 'plate', label: '联系牌（门口、工地、商铺）' },
  { value: 'stamp', label: '联系章（户口簿）' },
] as const
