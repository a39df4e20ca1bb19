import type { ActionInput, ActionOutput } from '../../types'
import type { AuditDoc } from '../_shared/audit'
import { _ } from '../_shared/cloud'
import { chinaDayStart, dayjs } from '../_shared/china-time'
import { pageByKey } from '../_shared/paging'
import { namesById } from '../_shared/record-names'
import { staffNames } from '../_shared/staff-names'

/** The query of the filters given: who, which function and action, which station, which China days. */
function auditWhere(input: ActionInput<'privacy', 'auditLog'>): object {
  const { actor, fn, action, stationId, from, to } = input
  const where: Record<string, unknown> = {
    ...(actor ? { actor } : {}),
    ...(fn ? { fn } : {}),
    ...(action ? { action } : {}),
    ...(stationId ? { stationId } : {}),
  }
  const after = from ? _.gte(chinaDayStart(from)) : undefined
  const before = to ? _.lt(dayjs(chinaDayStart(to)).add(1, 'day').toDate()) : undefined
  if (after && before) where.at = after.and(before)
  else if (after ?? before) where.at = after ?? before
  return Object.keys(where).length > 0 ? where : { _id: _.exists(true) }
}

/** Names of the records targets point at (`officerId=…`, `stationId=…`, `openid=…`), for one page. */
async function targetNames(targets: string[], people: Map<string, string>): Promise<Map<string, string>> {
  const ids = (field: string) => [...new Set(targets.filter((t) => t.startsWith(`${field}=`)).map((t) => t.slice(field.length + 1)))]
  const [officers, stations, openids] = await Promise.all([
    namesById('officers', ids('officerId')),
    namesById('stations', ids('stationId')),
    staffNames(ids('openid').filter((o) => !people.has(o))),
  ])
  const names = new Map<string, string>()
  for (const [id, name] of officers) names.set(`officerId=${id}`, name)
  for (const [id, name] of stations) names.set(`stationId=${id}`, name)
  for (const [openid, name] of [...people, ...openids]) names.set(`openid=${openid}`, name)
  return names
}

/** The audit log for admins, newest first, filtered; each line with the names of the people and records in it. */
export async function auditLog(input: ActionInput<'privacy', 'auditLog'>): Promise<ActionOutput<'privacy', 'auditLog'>> {
  const { limit, cursor } = input
  const result = await pageByKey<AuditDoc & { _id: string }>({
    collection: 'auditLog',
    where: auditWhere(input),
    sortBy: 'at',
    direction: 'desc',
    limit,
    cursor,
  })
  const people = await staffNames(result.items.map((doc) => doc.actor))
  const targets = await targetNames(
    result.items.map((doc) => doc.target).filter((t): t is string => Boolean(t)),
    people,
  )
  return {
    ...result,
    items: result.items.map((doc) => {
      const actorName = people.get(doc.actor)
      const targetName = doc.target ? targets.get(doc.target) : undefined
      return {
        id: doc._id,
        at: new Date(doc.at).toISOString(),
        actor: doc.actor,
        ...(actorName ? { actorName } : {}),
        role: doc.role,
        ...(doc.stationId ? { stationId: doc.stationId } : {}),
        fn: doc.fn,
        action: doc.action,
        ...(doc.target ? { target: doc.target } : {}),
        ...(targetName ? { targetName } : {}),
        fields: doc.fields ?? [],
        ...(doc.outcome ? { outcome: doc.outcome } : {}),
      }
    }),
  }
}
