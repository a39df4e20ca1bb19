export { PLATE_KIND_LABELS, PLATE_STATUS_LABELS } from '@/types/plate-labels'

export const PLATE_KIND_CHOICES = [
  { value: 'plate', label: '联系牌（门口、工地、商铺）' },
  { value: 'stamp', label: '联系章（户口簿）' },
] as const
