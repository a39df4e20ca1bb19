import type { AuditEntry } from '@/types/privacy'
import { chinaDay, chinaTime } from '../../time/china'

const FUNCTIONS: Record<string, string> = {
  org: '组织',
  plates: '联系牌',
  visits: '流动警务室',
  fraud: '反诈内容',
  community: '社区',
  privacy: '个人数据',
}

const ROLES: Record<AuditEntry['role'], string> = { admin: '管理员', officer: '民警', resident: '居民' }

/** One line of the log as the console shows it: what, by whom, when, on which record. */
export function describeAuditEntry(entry: AuditEntry): { title: string; lines: string[] } {
  const when = [chinaDay(entry.at), chinaTime(entry.at)].filter(Boolean).join(' ')
  return {
    title: `${FUNCTIONS[entry.fn] ?? entry.fn} · ${entry.action}${entry.outcome === 'refused' ? ' · 已拒绝' : ''}`,
    lines: [
      when,
      `${ROLES[entry.role]} ${entry.actor}${entry.stationId ? `（${entry.stationId}）` : ''}`,
      entry.target ? `对象 ${entry.target}` : '',
      entry.fields.length > 0 ? `${entry.outcome === 'refused' ? '请求' : '改动'} ${entry.fields.join('、')}` : '',
    ],
  }
}
