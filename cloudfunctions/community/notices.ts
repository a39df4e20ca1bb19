import type { ActionInput, ActionOutput } from '../../types'
import type { Notice, NoticeSummary } from '../../types/community'
import { _, db } from '../_shared/cloud'
import { AppError, conflict, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { checkText, quoteWords } from '../_shared/openapi/content-check'
import { pageByKey } from '../_shared/paging'
import { addedId, updatedCount } from '../_shared/results'
import { listStation, requireOwnStation, writeStation } from '../_shared/station-scope'
import { getStation } from '../_shared/stations'
import type { NoticeDoc } from './docs'
import { noticeRank } from './rank'
import { requireById } from '../_shared/by-id'

const EXCERPT = 60

function toSummary(doc: NoticeDoc): NoticeSummary {
  const flat = doc.body.replace(/\s+/g, ' ').trim()
  return {
    id: doc._id,
    kind: doc.kind,
    title: doc.title,
    excerpt: flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat,
    ...(doc.area ? { area: doc.area } : {}),
    stationId: doc.stationId,
    pinned: doc.pinned,
    ...(doc.publishedAt ? { publishedAt: new Date(doc.publishedAt).toISOString() } : {}),
  }
}

const toNotice = (doc: NoticeDoc): Notice => ({ ...toSummary(doc), body: doc.body, status: doc.status, updatedAt: new Date(doc.updatedAt).toISOString() })

/**
 * Published notices. With an area, that community's notices plus those for every community of its
 * station (when the station is named too); pinned first, then newest.
 */
export async function listNotices(input: ActionInput<'community', 'listNotices'>): Promise<ActionOutput<'community', 'listNotices'>> {
  const where: Record<string, unknown> = { status: 'published' }
  if (input.stationId) where.stationId = input.stationId
  if (input.area) where.area = input.stationId ? _.in([input.area, '']) : input.area
  const page = await pageByKey<NoticeDoc>({ collection: 'notices', where, sortBy: 'rank', direction: 'desc', limit: input.limit, cursor: input.cursor })
  return { ...page, items: page.items.map(toSummary) }
}

const requireNotice = (id: string) => requireById<NoticeDoc>('notices', id, '没有找到这条公告')

export async function getNotice(input: ActionInput<'community', 'getNotice'>): Promise<ActionOutput<'community', 'getNotice'>> {
  const doc = await requireNotice(input.id)
  // Drafts and archived notices are not for residents: the same answer as a notice that never was.
  if (doc.status !== 'published') throw notFound('没有找到这条公告')
  return toNotice(doc)
}

export async function getNoticeForEdit(
  input: ActionInput<'community', 'getNoticeForEdit'>,
  caller: Caller,
): Promise<ActionOutput<'community', 'getNoticeForEdit'>> {
  const doc = await requireNotice(input.id)
  requireOwnStation(caller, doc.stationId)
  return toNotice(doc)
}

export async function listAllNotices(input: ActionInput<'community', 'listAllNotices'>, caller: Caller): Promise<ActionOutput<'community', 'listAllNotices'>> {
  const stationId = listStation(caller, input.stationId)
  const where: Record<string, unknown> = {}
  if (stationId !== undefined) where.stationId = stationId
  if (input.status) where.status = input.status
  const page = await pageByKey<NoticeDoc>({ collection: 'notices', where, sortBy: 'updatedAt', direction: 'desc', limit: input.limit, cursor: input.cursor })
  return { ...page, items: page.items.map(toNotice) }
}

export async function saveNotice(input: ActionInput<'community', 'saveNotice'>, caller: Caller): Promise<ActionOutput<'community', 'saveNotice'>> {
  const { id, stationId: asked, area, ...fields } = input
  const existing = id ? await requireNotice(id) : undefined
  if (existing) requireOwnStation(caller, existing.stationId)
  const stationId = writeStation(caller, asked ?? existing?.stationId)
  if (stationId !== existing?.stationId) await getStation(stationId)
  const check = await checkText(`${fields.title}\n${fields.body}`, caller.openid, 1)
  if (!check.pass) {
    const words = quoteWords(check.words)
    throw new AppError('CONTENT_REJECTED', `公告内容没有通过内容安全检查${words ? `：含有${words}` : ''}，请修改后再保存`, { field: 'body' })
  }
  const data = { ...fields, area: area ?? '', stationId, updatedAt: new Date() }
  if (existing) {
    const rank = existing.status === 'published' && existing.publishedAt ? noticeRank(fields.pinned, new Date(existing.publishedAt)) : existing.rank
    await db
      .collection('notices')
      .doc(existing._id)
      .update({ data: { ...data, rank } })
    return { id: existing._id }
  }
  const doc = { ...data, status: 'draft', rank: '', createdBy: caller.openid, createdAt: new Date() }
  return { id: await addedId(db.collection('notices').add({ data: doc })) }
}

/** Moves a notice from one of `from` to `to`, refusing (CONFLICT) when it is not in one of them. */
async function move(id: string, caller: Caller, from: NoticeDoc['status'][], to: NoticeDoc['status'], refusal: string) {
  const doc = await requireNotice(id)
  requireOwnStation(caller, doc.stationId)
  if (!from.includes(doc.status)) throw conflict(refusal)
  const now = new Date()
  const data =
    to === 'published' ? { status: to, publishedAt: now, rank: noticeRank(doc.pinned, now), updatedAt: now } : { status: to, rank: '', updatedAt: now }
  const moved = await updatedCount(db.collection('notices').where({ _id: doc._id, status: doc.status }).update({ data }))
  if (moved !== 1) throw conflict('公告刚被其他人修改过，请刷新后再试')
  return { id: doc._id, status: to }
}

export function publishNotice(input: ActionInput<'community', 'publishNotice'>, caller: Caller): Promise<ActionOutput<'community', 'publishNotice'>> {
  // A notice taken down can go up again (e.g. the same 冬季用火 reminder next winter).
  return move(input.id, caller, ['draft', 'archived'], 'published', '这条公告已经发布')
}

export function archiveNotice(input: ActionInput<'community', 'archiveNotice'>, caller: Caller): Promise<ActionOutput<'community', 'archiveNotice'>> {
  return move(input.id, caller, ['draft', 'published'], 'archived', '这条公告已经下架')
}
