import { actionLabel } from '@/types/audit-labels'
import type { AuditEntry } from '@/types/privacy'
import { chinaDayLabel, chinaTime } from '../../time/china'

const ROLES: Record<AuditEntry['role'], string> = { admin: '管理员', officer: '民警', resident: '居民' }

/** Someone the log cannot name: the last characters of their account number tell two people apart. */
const unnamed = (openid: string) => `账号尾号 ${openid.slice(-6)}`

/**
 * One line of the log as the console shows it: what (in words), by whom (by name), when, on which
 * record (by name where the log knows it). `stationName` names the actor's station.
 */
export function describeAuditEntry(entry: AuditEntry, stationName: (stationId: string) => string = () => ''): { title: string; lines: string[] } {
  const when = [chinaDayLabel(entry.at), chinaTime(entry.at)].filter(Boolean).join(' ')
  const station = entry.stationId ? stationName(entry.stationId) : ''
  const refused = entry.outcome === 'refused'
  return {
    title: actionLabel(entry.fn, entry.action),
    lines: [
      when,
      `${ROLES[entry.role]} ${entry.actorName ?? unnamed(entry.actor)}${station ? `（${station}）` : ''}`,
      entry.target ? `对象 ${entry.targetName ?? entry.target}` : '',
      entry.fields.length > 0 ? `${refused ? '请求' : '改动'} ${entry.fields.join('、')}` : '',
    ],
  }
}
