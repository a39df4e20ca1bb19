import type { NoticeStatus } from '@/types/community'

/** Page modules export only their page (Taro drops the rest in the mini-program), so shared words live here. */
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = { draft: '草稿', published: '已发布', archived: '已下架' }
