import type { ActionInput, ActionOutput } from '../../types'
import type { VisitRequest } from '../../types/visits'
import { _, db } from '../_shared/cloud'
import { isDuplicateKey } from '../_shared/db-errors'
import { AppError, conflict, forbidden, invalid, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { checkText } from '../_shared/openapi/content-check'
import { pageByKey } from '../_shared/paging'
import { rows, updatedCount } from '../_shared/results'
import { stationFor } from '../_shared/stations'
import { inTransaction, readIn } from '../_shared/transaction'
import type { RequestDoc, SecondDoc } from './docs'
import { notifyRequestAnswered } from './notify'
import { assertStation } from './scope'
import { findSession } from './sessions'
import { iso } from './times'
import { requireById } from '../_shared/by-id'

const secondId = (requestId: string, openid: string) => `${requestId}_${openid}`

/** Requests are shown to every resident: their words pass the content check first. */
async function checkShownText(fields: Record<string, string>, openid: string): Promise<void> {
  for (const [field, text] of Object.entries(fields)) {
    if (!(await checkText(text, openid, 2)).pass) throw new AppError('CONTENT_REJECTED', '内容含有不适宜的文字，请修改后再提交', { field })
  }
}

export async function requestVisit(input: ActionInput<'visits', 'requestVisit'>, openid: string): Promise<ActionOutput<'visits', 'requestVisit'>> {
  await checkShownText({ 'place.name': input.place.name, 'place.address': input.place.address, reason: input.reason }, openid)
  const stationId = await stationFor(input.stationId, input.place.location)
  const dates = [...new Set(input.preferredDates ?? [])].sort()
  const doc: Omit<RequestDoc, '_id'> = {
    openid,
    stationId,
    place: input.place,
    reason: input.reason,
    preferredDates: dates,
    status: 'open',
    seconds: 0,
    createdAt: new Date(),
  }
  const added = (await db.collection('visitRequests').add({ data: doc })) as { _id: string }
  return { requestId: String(added._id) }
}

export async function secondRequest(input: ActionInput<'visits', 'secondRequest'>, openid: string): Promise<ActionOutput<'visits', 'secondRequest'>> {
  try {
    return await inTransaction(async (tx) => {
      const request = await readIn<RequestDoc>(tx, 'visitRequests', input.requestId)
      if (!request) throw notFound('没有找到这条请求')
      if (request.openid === openid) throw conflict('这是你自己提出的请求，不用再附议')
      if (request.status !== 'open') throw new AppError('CLOSED', '民警已经答复了这条请求，不能再附议')
      const second: SecondDoc = { _id: secondId(request._id, openid), requestId: request._id, openid, createdAt: new Date() }
      await tx.collection('visitSeconds').add({ data: second as unknown as Record<string, unknown> })
      await tx
        .collection('visitRequests')
        .doc(request._id)
        .update({ data: { seconds: request.seconds + 1 } })
      return { seconds: request.seconds + 1 }
    })
  } catch (error) {
    if (isDuplicateKey(error)) throw conflict('你已经附议过这条请求了')
    throw error
  }
}

function toRequest(doc: RequestDoc, openid: string | undefined, seconded: Set<string>): VisitRequest {
  const out: VisitRequest = {
    requestId: doc._id,
    ...(doc.stationId ? { stationId: doc.stationId } : {}),
    place: doc.place,
    reason: doc.reason,
    preferredDates: doc.preferredDates,
    status: doc.status,
    seconds: doc.seconds,
    mine: openid !== undefined && doc.openid === openid,
    seconded: seconded.has(doc._id),
    createdAt: iso(doc.createdAt),
  }
  if (doc.answer) {
    const { decision, reply, sessionId, answeredAt } = doc.answer
    out.answer = { decision, reply, answeredAt: iso(answeredAt), ...(sessionId ? { sessionId } : {}) }
  }
  return out
}

export async function listRequests(input: ActionInput<'visits', 'listRequests'>, openid?: string): Promise<ActionOutput<'visits', 'listRequests'>> {
  const where = { ...(input.status ? { status: input.status } : {}), ...(input.stationId ? { stationId: input.stationId } : {}) }
  const page = await pageByKey<RequestDoc>({
    collection: 'visitRequests',
    where,
    sortBy: 'seconds',
    direction: 'desc',
    limit: input.limit,
    cursor: input.cursor,
  })
  const seconded = new Set<string>()
  if (openid && page.items.length > 0) {
    const mine = await rows<SecondDoc>(
      db
        .collection('visitSeconds')
        .where({ _id: _.in(page.items.map((r) => secondId(r._id, openid))) })
        .limit(100)
        .get(),
    )
    for (const s of mine) seconded.add(s.requestId)
  }
  return { ...page, items: page.items.map((doc) => toRequest(doc, openid, seconded)) }
}

/** A request is answered by its station's officers, or by an admin; one with no station only by an admin. */
function requireAnswerer(caller: Caller, request: RequestDoc): void {
  if (caller.role === 'admin') return
  if (!request.stationId) throw forbidden('这条请求还没有分到派出所，由管理员答复')
  if (caller.role !== 'officer' || caller.stationId !== request.stationId) throw forbidden('这条请求归其他派出所答复')
}

export async function answerRequest(input: ActionInput<'visits', 'answerRequest'>, caller: Caller): Promise<ActionOutput<'visits', 'answerRequest'>> {
  const request = await requireById<RequestDoc>('visitRequests', input.requestId, '没有找到这条请求')
  requireAnswerer(caller, request)
  if (input.sessionId) {
    const session = await findSession(input.sessionId)
    assertStation(caller, session.stationId)
    if (session.status === 'cancelled') throw invalid('这一场已经取消，请选择其他场次', 'sessionId')
  }
  const answer = {
    decision: input.decision,
    reply: input.reply,
    ...(input.decision === 'scheduled' && input.sessionId ? { sessionId: input.sessionId } : {}),
    answeredAt: new Date(),
    answeredBy: caller.openid,
  }
  // Answered once: the conditional update decides between two officers answering at the same time,
  // and only its winner sends the messages.
  const won = await updatedCount(
    db
      .collection('visitRequests')
      .where({ _id: request._id, status: 'open' })
      .update({ data: { status: input.decision, answer } }),
  )
  if (won === 0) throw conflict('这条请求已经答复过了')
  const seconders = await allSeconders(request._id)
  const recipients = [request.openid, ...seconders]
  // Best effort, one by one: someone who never accepted the answer template is skipped, not a failure.
  const answered = { requestId: request._id, placeName: request.place.name, decision: input.decision, reply: input.reply, stationId: caller.stationId }
  let notified = 0
  for (const touser of recipients) if ((await notifyRequestAnswered(touser, answered)) === 'sent') notified++
  return { requestId: request._id, status: input.decision, notified }
}

async function allSeconders(requestId: string): Promise<string[]> {
  const out: string[] = []
  for (;;) {
    const after = out.at(-1)
    const batch = await rows<SecondDoc>(
      db
        .collection('visitSeconds')
        .where({ requestId, _id: after !== undefined ? _.gt(secondId(requestId, after)) : _.exists(true) })
        .orderBy('_id', 'asc')
        .limit(500)
        .get(),
    )
    out.push(...batch.map((s) => s.openid))
    if (batch.length < 500) return out
  }
}
