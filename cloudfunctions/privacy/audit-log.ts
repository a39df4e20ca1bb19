import type { ActionInput, ActionOutput } from '../../types'
import type { AuditDoc } from '../_shared/audit'
import { _ } from '../_shared/cloud'
import { pageByKey } from '../_shared/paging'

/** The audit log for admins, newest first, filtered by who, which function or which station. */
export async function auditLog(input: ActionInput<'privacy', 'auditLog'>): Promise<ActionOutput<'privacy', 'auditLog'>> {
  const { actor, fn, stationId, ...page } = input
  const filter = { ...(actor ? { actor } : {}), ...(fn ? { fn } : {}), ...(stationId ? { stationId } : {}) }
  const where = Object.keys(filter).length > 0 ? filter : { _id: _.exists(true) }
  const result = await pageByKey<AuditDoc & { _id: string }>({ collection: 'auditLog', where, sortBy: 'at', direction: 'desc', ...page })
  return {
    ...result,
    items: result.items.map((doc) => ({
      id: doc._id,
      at: new Date(doc.at).toISOString(),
      actor: doc.actor,
      role: doc.role,
      ...(doc.stationId ? { stationId: doc.stationId } : {}),
      fn: doc.fn,
      action: doc.action,
      ...(doc.target ? { target: doc.target } : {}),
      fields: doc.fields ?? [],
      ...(doc.outcome ? { outcome: doc.outcome } : {}),
    })),
  }
}
