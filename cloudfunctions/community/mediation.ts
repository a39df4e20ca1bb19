import type { ActionInput, ActionOutput } from '../../types'
import { maskPhone, MEDIATION_STATUS_LABELS, type MediationStatus, type MyMediation, type StaffMediation } from '../../types/community'
import { _, db } from '../_shared/cloud'
import { conflict, notFound } from '../_shared/errors'
import { type Caller, isStaff } from '../_shared/identity'
import { pageByKey } from '../_shared/paging'
import { firstRow, updatedCount } from '../_shared/results'
import type { MediationDoc, TimelineDoc } from './docs'
import { notifyStatus } from './notify'
import { insertWithTicket, iso, listStation, requireOwnStation, stationFor, takeDailyUse, toTimeline } from './records'

const REQUESTS_PER_DAY = 3

function base(doc: MediationDoc) {
  const scheduledAt = iso(doc.scheduledAt)
  return {
    ticketNo: doc._id,
    category: doc.category,
    description: doc.description,
    ...(doc.otherParty ? { otherParty: doc.otherParty } : {}),
    ...(doc.preferredTimes ? { preferredTimes: doc.preferredTimes } : {}),
    status: doc.status,
    ...(scheduledAt ? { scheduledAt } : {}),
    ...(doc.place ? { place: doc.place } : {}),
    createdAt: new Date(doc.createdAt).toISOString(),
    timeline: toTimeline(doc.timeline),
  }
}

const toMine = (doc: MediationDoc): MyMediation => ({ ...base(doc), ...(doc.contact ? { contact: maskPhone(doc.contact) } : {}) })
/** Staff arrange the meeting by phone: the number is what the task needs. */
const toStaff = (doc: MediationDoc): StaffMediation => ({ ...base(doc), ...(doc.contact ? { contact: doc.contact } : {}), stationId: doc.stationId })

export async function requestMediation(input: ActionInput<'community', 'requestMediation'>, caller: Caller): Promise<ActionOutput<'community', 'requestMediation'>> {
  const stationId = await stationFor(input.stationId, input.location)
  await takeDailyUse('mediation', caller.openid, REQUESTS_PER_DAY, `每人每天最多提交 ${REQUESTS_PER_DAY} 次调解申请，请明天再来。`)
  const now = new Date()
  const { stationId: _asked, location: _where, ...fields } = input
  const doc: Omit<MediationDoc, '_id'> = {
    ...fields,
    openid: caller.openid,
    stationId,
    status: 'requested',
    timeline: [{ status: 'requested', at: now }],
    createdAt: now,
    updatedAt: now,
  }
  return { ticketNo: await insertWithTicket('mediations', 'TJ', doc) }
}

export async function myMediations(input: ActionInput<'community', 'myMediations'>, caller: Caller): Promise<ActionOutput<'community', 'myMediations'>> {
  const page = await pageByKey<MediationDoc>({ collection: 'mediations', where: { openid: caller.openid }, sortBy: 'createdAt', direction: 'desc', limit: input.limit, cursor: input.cursor })
  return { ...page, items: page.items.map(toMine) }
}

export async function listMediations(input: ActionInput<'community', 'listMediations'>, caller: Caller): Promise<ActionOutput<'community', 'listMediations'>> {
  const stationId = listStation(caller, input.stationId)
  const where: Record<string, unknown> = {}
  if (stationId !== undefined) where.stationId = stationId
  if (input.status) where.status = input.status
  const page = await pageByKey<MediationDoc>({ collection: 'mediations', where, sortBy: 'createdAt', direction: 'asc', limit: input.limit, cursor: input.cursor })
  return { ...page, items: page.items.map(toStaff) }
}

const NOT_FOUND_MESSAGE = '没有找到这条调解申请'

async function requireMediation(ticketNo: string): Promise<MediationDoc> {
  const doc = await firstRow<MediationDoc>(db.collection('mediations').where({ _id: ticketNo }).limit(1).get())
  if (!doc) throw notFound(NOT_FOUND_MESSAGE)
  return doc
}

const FINISHED = '这条调解申请已经结束'

async function step(
  doc: MediationDoc,
  from: MediationStatus[],
  to: MediationStatus,
  note: string | undefined,
  extra: Partial<Pick<MediationDoc, 'scheduledAt' | 'place'>> = {},
): Promise<MediationDoc> {
  if (!from.includes(doc.status)) {
    const finished = doc.status === 'resolved' || doc.status === 'withdrawn'
    throw conflict(finished ? FINISHED : `这条调解申请现在是“${MEDIATION_STATUS_LABELS[doc.status]}”，不能改为“${MEDIATION_STATUS_LABELS[to]}”`)
  }
  const now = new Date()
  const entry: TimelineDoc = note ? { status: to, at: now, note } : { status: to, at: now }
  const moved = await updatedCount(
    db
      .collection('mediations')
      .where({ _id: doc._id, status: doc.status })
      .update({ data: { status: to, ...extra, timeline: _.push([entry]), updatedAt: now } }),
  )
  if (moved !== 1) throw conflict('这条调解申请刚被其他人处理过，请刷新后再看')
  await notifyStatus('mediation', doc.openid, doc._id, MEDIATION_STATUS_LABELS[to], note, now, doc.stationId)
  return { ...doc, ...extra, status: to, timeline: [...doc.timeline, entry], updatedAt: now }
}

async function staffStep(ticketNo: string, caller: Caller, from: MediationStatus[], to: MediationStatus, note?: string, extra = {}) {
  const doc = await requireMediation(ticketNo)
  requireOwnStation(caller, doc.stationId)
  return toStaff(await step(doc, from, to, note, extra))
}

export const acceptMediation = (input: ActionInput<'community', 'acceptMediation'>, caller: Caller) =>
  staffStep(input.ticketNo, caller, ['requested'], 'accepted', input.note)

export function scheduleMediation(input: ActionInput<'community', 'scheduleMediation'>, caller: Caller) {
  const note = input.note ?? `${input.place}`
  return staffStep(input.ticketNo, caller, ['accepted', 'scheduled'], 'scheduled', note, { scheduledAt: new Date(input.time), place: input.place })
}

export const resolveMediation = (input: ActionInput<'community', 'resolveMediation'>, caller: Caller) =>
  staffStep(input.ticketNo, caller, ['scheduled'], 'resolved', input.note)

/**
 * The requester may withdraw their own request; staff of its station may, on the requester's word.
 * To a resident, someone else's ticket is as missing as one that never was: the answer must not tell
 * which ticket numbers exist.
 */
export async function withdrawMediation(input: ActionInput<'community', 'withdrawMediation'>, caller: Caller): Promise<ActionOutput<'community', 'withdrawMediation'>> {
  const doc = await requireMediation(input.ticketNo)
  if (doc.openid !== caller.openid) {
    if (!isStaff(caller)) throw notFound(NOT_FOUND_MESSAGE)
    requireOwnStation(caller, doc.stationId)
  }
  const moved = await step(doc, ['requested', 'accepted', 'scheduled'], 'withdrawn', input.note)
  return { ticketNo: moved._id, status: moved.status }
}
