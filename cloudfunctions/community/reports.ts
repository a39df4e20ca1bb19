import type { ActionInput, ActionOutput } from '../../types'
import { maskPhone, type MyReport, REPORT_STATUS_LABELS, REPORTS_PER_DAY, type ReportStatus, type StaffReport } from '../../types/community'
import { _, db } from '../_shared/cloud'
import { AppError, conflict, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { checkText } from '../_shared/openapi/content-check'
import { pageByKey } from '../_shared/paging'
import { firstRow, updatedCount } from '../_shared/results'
import type { ReportDoc } from './docs'
import { notifyStatus } from './notify'
import { insertWithTicket, iso, listStation, requireOwnStation, stationFor, takeDailyUse, toTimeline } from './records'

function toMyReport(doc: ReportDoc): MyReport {
  return {
    ticketNo: doc._id,
    category: doc.category,
    text: doc.text,
    anonymous: doc.anonymous,
    ...(doc.contact ? { contact: maskPhone(doc.contact) } : {}),
    status: doc.status,
    createdAt: new Date(doc.createdAt).toISOString(),
    timeline: toTimeline(doc.timeline),
  }
}

/**
 * The place of the matter as kept. A phone's fix is where the sender stands, often their home: for an
 * anonymous report it is kept to 2 decimals (about a kilometre), enough to route the clue to a station
 * and no more; a named report keeps 5 (about a metre), since its sender is known anyway.
 */
export function placeOfMatter(location: { lat: number; lng: number }, anonymous: boolean): { lat: number; lng: number } {
  const decimals = anonymous ? 2 : 5
  const round = (value: number) => Number(value.toFixed(decimals))
  return { lat: round(location.lat), lng: round(location.lng) }
}

/** What staff see: never the sender's OPENID, and for an anonymous report nothing that names them. */
export function toStaffReport(doc: ReportDoc): StaffReport {
  const occurredAt = iso(doc.occurredAt)
  return {
    ticketNo: doc._id,
    category: doc.category,
    text: doc.text,
    anonymous: doc.anonymous,
    ...(!doc.anonymous && doc.contact ? { contact: doc.contact } : {}),
    // Rounded again on the way out, for reports kept before the rule.
    ...(doc.location ? { location: placeOfMatter(doc.location, doc.anonymous) } : {}),
    ...(occurredAt ? { occurredAt } : {}),
    stationId: doc.stationId,
    status: doc.status,
    createdAt: new Date(doc.createdAt).toISOString(),
    timeline: toTimeline(doc.timeline),
  }
}

export async function submitReport(input: ActionInput<'community', 'submitReport'>, caller: Caller): Promise<ActionOutput<'community', 'submitReport'>> {
  const check = await checkText(input.text, caller.openid, 2)
  if (!check.pass) throw new AppError('CONTENT_REJECTED', '举报内容含有不允许发送的词语，请修改后再提交', { field: 'text' })
  // Routed by the fix as sent, which is then kept only as precisely as placeOfMatter allows.
  const stationId = await stationFor(input.stationId, input.location)
  await takeDailyUse('report', caller.openid, REPORTS_PER_DAY, `每人每天最多提交 ${REPORTS_PER_DAY} 条举报，请明天再来。紧急情况请直接拨打 110。`)
  const now = new Date()
  const doc: Omit<ReportDoc, '_id'> = {
    openid: caller.openid,
    category: input.category,
    text: input.text,
    anonymous: input.anonymous,
    // An anonymous report keeps no contact at all, so none can leak.
    ...(!input.anonymous && input.contact ? { contact: input.contact } : {}),
    ...(input.location ? { location: placeOfMatter(input.location, input.anonymous) } : {}),
    ...(input.occurredAt ? { occurredAt: new Date(input.occurredAt) } : {}),
    stationId,
    status: 'submitted',
    timeline: [{ status: 'submitted', at: now }],
    createdAt: now,
    updatedAt: now,
  }
  return { ticketNo: await insertWithTicket('reports', 'JB', doc) }
}

export async function myReports(input: ActionInput<'community', 'myReports'>, caller: Caller): Promise<ActionOutput<'community', 'myReports'>> {
  const page = await pageByKey<ReportDoc>({ collection: 'reports', where: { openid: caller.openid }, sortBy: 'createdAt', direction: 'desc', limit: input.limit, cursor: input.cursor })
  return { ...page, items: page.items.map(toMyReport) }
}

export async function listReports(input: ActionInput<'community', 'listReports'>, caller: Caller): Promise<ActionOutput<'community', 'listReports'>> {
  const stationId = listStation(caller, input.stationId)
  const where: Record<string, unknown> = {}
  if (stationId !== undefined) where.stationId = stationId
  if (input.status) where.status = input.status
  const page = await pageByKey<ReportDoc>({ collection: 'reports', where, sortBy: 'createdAt', direction: 'asc', limit: input.limit, cursor: input.cursor })
  return { ...page, items: page.items.map(toStaffReport) }
}

const REFUSALS: Record<ReportStatus, string> = {
  submitted: '这条举报还没有受理',
  accepted: '这条举报已经受理',
  closed: '这条举报已经办结',
  rejected: '这条举报已经不予受理',
}

/**
 * One step of a report's life, only from the states it may follow; a step out of order, or one that
 * lost a race with another officer, is a CONFLICT. The sender hears of every step.
 */
async function step(ticketNo: string, caller: Caller, from: ReportStatus[], to: ReportStatus, note: string | undefined): Promise<StaffReport> {
  const doc = await firstRow<ReportDoc>(db.collection('reports').where({ _id: ticketNo }).limit(1).get())
  if (!doc) throw notFound('没有找到这条举报')
  requireOwnStation(caller, doc.stationId)
  if (!from.includes(doc.status)) throw conflict(`${REFUSALS[doc.status]}，不能改为“${REPORT_STATUS_LABELS[to]}”`)
  const now = new Date()
  const entry = note ? { status: to, at: now, note } : { status: to, at: now }
  const moved = await updatedCount(
    db
      .collection('reports')
      .where({ _id: doc._id, status: doc.status })
      .update({ data: { status: to, timeline: _.push([entry]), updatedAt: now } }),
  )
  if (moved !== 1) throw conflict('这条举报刚被其他人处理过，请刷新后再看')
  await notifyStatus('report', doc.openid, doc._id, REPORT_STATUS_LABELS[to], note, now, doc.stationId)
  return toStaffReport({ ...doc, status: to, timeline: [...doc.timeline, entry], updatedAt: now })
}

export const acceptReport = (input: ActionInput<'community', 'acceptReport'>, caller: Caller) => step(input.ticketNo, caller, ['submitted'], 'accepted', input.note)
export const closeReport = (input: ActionInput<'community', 'closeReport'>, caller: Caller) => step(input.ticketNo, caller, ['accepted'], 'closed', input.reply)
export const rejectReport = (input: ActionInput<'community', 'rejectReport'>, caller: Caller) =>
  step(input.ticketNo, caller, ['submitted', 'accepted'], 'rejected', input.reason)
