import type { ActionInput, ActionOutput } from '../../types'
import { _ } from '../_shared/cloud'
import { notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { officerName } from '../_shared/officers'
import { pageByKey } from '../_shared/paging'
import { counted, firstRow, updatedCount } from '../_shared/results'
import { listStation } from '../_shared/station-scope'
import type { MessageDoc, ThreadDoc } from './docs'
import { notifyReply } from './notify'
import { closeThread, requireCleanText, threads, toSummary, toThread } from './threads'

/** A thread the caller may read and answer; another station's is answered like a missing one. */
async function requireStationThread(caller: Caller, threadId: string): Promise<ThreadDoc> {
  const doc = await firstRow<ThreadDoc>(threads().where({ _id: threadId }).limit(1).get())
  if (!doc || (caller.role !== 'admin' && doc.stationId !== caller.stationId)) throw notFound('没有找到这条留言')
  return doc
}

export async function inbox(input: ActionInput<'messages', 'inbox'>, caller: Caller): Promise<ActionOutput<'messages', 'inbox'>> {
  // An officer sees their own station's threads only, whatever they ask; admins any or all.
  const stationId = listStation(caller, input.stationId, '留言')
  const where: Record<string, unknown> = {}
  if (stationId !== undefined) where.stationId = stationId
  if (input.status) where.status = input.status
  const [page, unreadThreads] = await Promise.all([
    pageByKey<ThreadDoc>({ collection: 'messageThreads', where, sortBy: 'lastAt', direction: 'desc', limit: input.limit, cursor: input.cursor }),
    counted(
      threads()
        .where({ ...(stationId !== undefined ? { stationId } : {}), unreadByStaff: _.gt(0) })
        .count(),
    ),
  ])
  return { ...page, items: page.items.map((doc) => toSummary(doc, 'staff')), unreadThreads }
}

export async function readThread(input: ActionInput<'messages', 'readThread'>, caller: Caller): Promise<ActionOutput<'messages', 'readThread'>> {
  const doc = await requireStationThread(caller, input.threadId)
  if (doc.unreadByStaff > 0)
    await threads()
      .where({ _id: doc._id })
      .update({ data: { unreadByStaff: 0 } })
  return toThread({ ...doc, unreadByStaff: 0 }, 'staff')
}

/** The name a reply is signed with: the officer's, or 派出所 for an admin without an officer record. */
async function replierName(caller: Caller): Promise<string | undefined> {
  return caller.officerId ? officerName(caller.officerId) : undefined
}

export async function reply(input: ActionInput<'messages', 'reply'>, caller: Caller): Promise<ActionOutput<'messages', 'reply'>> {
  const doc = await requireStationThread(caller, input.threadId)
  await requireCleanText(input.text, caller.openid)
  const now = new Date()
  const by = await replierName(caller)
  const entry: MessageDoc = { from: 'staff', text: input.text, at: now, ...(by ? { by } : {}) }
  // A reply reopens nothing: a closed thread stays closed, but the resident still reads the answer.
  const written = await updatedCount(
    threads()
      .where({ _id: doc._id })
      .update({
        data: {
          messages: _.push([entry]),
          messageCount: _.inc(1),
          unreadByResident: _.inc(1),
          unreadByStaff: 0,
          lastText: input.text,
          lastFrom: 'staff',
          lastAt: now,
          updatedAt: now,
        },
      }),
  )
  if (written !== 1) throw notFound('没有找到这条留言')
  await notifyReply(doc, input.text, by, now)
  return { threadId: doc._id }
}

export async function close(input: ActionInput<'messages', 'close'>, caller: Caller): Promise<ActionOutput<'messages', 'close'>> {
  const doc = await requireStationThread(caller, input.threadId)
  await closeThread(doc._id)
  return { threadId: doc._id, status: 'closed' }
}
