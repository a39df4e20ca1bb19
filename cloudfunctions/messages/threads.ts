import { randomBytes } from 'node:crypto'
import type { ActionInput, ActionOutput } from '../../types'
import { MESSAGES_PER_THREAD, type Thread, type ThreadSummary } from '../../types/messages'
import { PLATE_CODE_PROBLEMS, readPlateCode } from '../../types/plate-code'
import { _, db } from '../_shared/cloud'
import { isDuplicateKey } from '../_shared/db-errors'
import { AppError, invalid, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { checkText } from '../_shared/openapi/content-check'
import { pageByKey } from '../_shared/paging'
import { findPlatePlace } from '../_shared/plate-cards'
import { firstRow, updatedCount } from '../_shared/results'
import type { MessageDoc, ThreadDoc } from './docs'

export const threads = () => db.collection('messageThreads')

/** 60 random bits from a cryptographic source: a thread id is never guessable from another. */
const newThreadId = () => `LY${randomBytes(8).toString('hex').slice(0, 15).toUpperCase()}`

export async function requireCleanText(text: string, openid: string, field = 'text'): Promise<void> {
  const check = await checkText(text, openid, 2)
  if (!check.pass) throw new AppError('CONTENT_REJECTED', '留言含有不允许发送的词语，请修改后再发送', { field })
}

/**
 * A resident's message to the officer of the plate's area. It continues the resident's open thread
 * for that area, or starts one (also when the open one is full).
 */
export async function send(input: ActionInput<'messages', 'send'>, caller: Caller): Promise<ActionOutput<'messages', 'send'>> {
  const read = readPlateCode(input.plateCode)
  if (!read.ok) throw invalid(PLATE_CODE_PROBLEMS[read.reason], 'plateCode')
  const plate = await findPlatePlace(read.code)
  if (!plate) throw notFound('没有找到这块警民联系牌，请核对编号')
  await requireCleanText(input.text, caller.openid)

  const now = new Date()
  const entry: MessageDoc = { from: 'resident', text: input.text, at: now }
  for (let attempt = 0; attempt < 3; attempt++) {
    const open = await firstRow<ThreadDoc>(threads().where({ openid: caller.openid, openKey: plate.area }).limit(1).get())
    if (open) {
      if (open.messageCount >= MESSAGES_PER_THREAD) {
        await closeThread(open._id)
        continue
      }
      const appended = await updatedCount(
        threads()
          .where({ _id: open._id, status: 'open', messageCount: _.lt(MESSAGES_PER_THREAD) })
          .update({
            data: {
              messages: _.push([entry]),
              messageCount: _.inc(1),
              unreadByStaff: _.inc(1),
              lastText: input.text,
              lastFrom: 'resident',
              lastAt: now,
              updatedAt: now,
            },
          }),
      )
      if (appended === 1) return { threadId: open._id }
      continue // closed or filled meanwhile: look again
    }
    const doc: ThreadDoc = {
      _id: newThreadId(),
      openid: caller.openid,
      plateCode: plate._id,
      area: plate.area,
      stationId: plate.stationId,
      stationName: plate.card.station.name,
      officerId: plate.card.officer?.officerId ?? null,
      ...(plate.card.officer ? { officerName: plate.card.officer.name } : {}),
      status: 'open',
      openKey: plate.area,
      messages: [entry],
      messageCount: 1,
      unreadByStaff: 1,
      unreadByResident: 0,
      lastText: input.text,
      lastFrom: 'resident',
      lastAt: now,
      createdAt: now,
      updatedAt: now,
    }
    try {
      await threads().add({ data: doc })
      return { threadId: doc._id }
    } catch (error) {
      // Another send of the same person opened the thread first: append to it.
      if (!isDuplicateKey(error)) throw error
    }
  }
  throw new AppError('CONFLICT', '留言没有发出，请再试一次')
}

/** Ends a thread: its open key becomes its own id, so the next message starts a new thread. */
export async function closeThread(threadId: string, now = new Date()): Promise<boolean> {
  const closed = await updatedCount(
    threads()
      .where({ _id: threadId, status: 'open' })
      .update({ data: { status: 'closed', openKey: `closed:${threadId}`, updatedAt: now } }),
  )
  return closed === 1
}

export async function myThreads(input: ActionInput<'messages', 'myThreads'>, caller: Caller): Promise<ActionOutput<'messages', 'myThreads'>> {
  const page = await pageByKey<ThreadDoc>({
    collection: 'messageThreads',
    where: { openid: caller.openid },
    sortBy: 'lastAt',
    direction: 'desc',
    limit: input.limit,
    cursor: input.cursor,
  })
  return { ...page, items: page.items.map((doc) => toSummary(doc, 'resident')) }
}

export async function getThread(input: ActionInput<'messages', 'getThread'>, caller: Caller): Promise<ActionOutput<'messages', 'getThread'>> {
  const doc = await firstRow<ThreadDoc>(threads().where({ _id: input.threadId }).limit(1).get())
  // Someone else's thread is answered exactly like a missing one: nothing to learn from trying ids.
  if (!doc || doc.openid !== caller.openid) throw notFound('没有找到这条留言')
  if (doc.unreadByResident > 0)
    await threads()
      .where({ _id: doc._id })
      .update({ data: { unreadByResident: 0 } })
  return toThread({ ...doc, unreadByResident: 0 }, 'resident')
}

/** A thread as a list shows it to `reader`: unread counts the other side's messages. */
export function toSummary(doc: ThreadDoc, reader: 'resident' | 'staff'): ThreadSummary {
  return {
    threadId: doc._id,
    plateCode: doc.plateCode,
    area: doc.area,
    stationId: doc.stationId,
    stationName: doc.stationName,
    ...(doc.officerName ? { officerName: doc.officerName } : {}),
    status: doc.status,
    lastText: doc.lastText,
    lastFrom: doc.lastFrom,
    lastAt: new Date(doc.lastAt).toISOString(),
    unread: reader === 'resident' ? doc.unreadByResident : doc.unreadByStaff,
    createdAt: new Date(doc.createdAt).toISOString(),
  }
}

export function toThread(doc: ThreadDoc, reader: 'resident' | 'staff'): Thread {
  return {
    ...toSummary(doc, reader),
    messages: doc.messages.map((m) => ({ from: m.from, text: m.text, at: new Date(m.at).toISOString(), ...(m.by ? { by: m.by } : {}) })),
  }
}
