import type { ActionInput, ActionOutput } from '../../types'
import { maskPhone, type MyReport, type StaffReport } from '../../types/community'
import { REPORT_FLOW } from '../../types/tickets'
import { AppError } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { checkText } from '../_shared/openapi/content-check'
import { stationFor } from '../_shared/stations'
import type { ReportDoc } from './docs'
import { iso, ticketBase, ticketWorkflow } from './tickets'

const reports = ticketWorkflow<ReportDoc['status'], keyof typeof REPORT_FLOW.steps, ReportDoc>('report', REPORT_FLOW, 'reportsPerDay')

const reportFields = (doc: ReportDoc) => ({ ...ticketBase(doc), category: doc.category, text: doc.text, anonymous: doc.anonymous })

function toMyReport(doc: ReportDoc): MyReport {
  return { ...reportFields(doc), ...(doc.contact ? { contact: maskPhone(doc.contact) } : {}) }
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
    ...reportFields(doc),
    ...(!doc.anonymous && doc.contact ? { contact: doc.contact } : {}),
    // Rounded again on the way out, for reports kept before the rule.
    ...(doc.location ? { location: placeOfMatter(doc.location, doc.anonymous) } : {}),
    ...(occurredAt ? { occurredAt } : {}),
    stationId: doc.stationId,
  }
}

export async function submitReport(input: ActionInput<'community', 'submitReport'>, caller: Caller): Promise<ActionOutput<'community', 'submitReport'>> {
  const check = await checkText(input.text, caller.openid, 2)
  if (!check.pass) throw new AppError('CONTENT_REJECTED', '举报内容含有不允许发送的词语，请修改后再提交', { field: 'text' })
  // Routed by the fix as sent, which is then kept only as precisely as placeOfMatter allows.
  const stationId = await stationFor(input.stationId, input.location)
  return reports.open(
    caller,
    {
      category: input.category,
      text: input.text,
      anonymous: input.anonymous,
      // An anonymous report keeps no contact at all, so none can leak.
      ...(!input.anonymous && input.contact ? { contact: input.contact } : {}),
      ...(input.location ? { location: placeOfMatter(input.location, input.anonymous) } : {}),
      ...(input.occurredAt ? { occurredAt: new Date(input.occurredAt) } : {}),
    },
    stationId,
  )
}

export async function myReports(input: ActionInput<'community', 'myReports'>, caller: Caller): Promise<ActionOutput<'community', 'myReports'>> {
  const page = await reports.mine(input, caller)
  return { ...page, items: page.items.map(toMyReport) }
}

export async function listReports(input: ActionInput<'community', 'listReports'>, caller: Caller): Promise<ActionOutput<'community', 'listReports'>> {
  const page = await reports.queue(input, caller)
  return { ...page, items: page.items.map(toStaffReport) }
}

async function step(ticketNo: string, caller: Caller, name: keyof typeof REPORT_FLOW.steps, note: string | undefined): Promise<StaffReport> {
  return toStaffReport(await reports.move(await reports.forStaff(ticketNo, caller), name, note))
}

export const acceptReport = (input: ActionInput<'community', 'acceptReport'>, caller: Caller) => step(input.ticketNo, caller, 'accept', input.note)
export const closeReport = (input: ActionInput<'community', 'closeReport'>, caller: Caller) => step(input.ticketNo, caller, 'close', input.reply)
export const rejectReport = (input: ActionInput<'community', 'rejectReport'>, caller: Caller) => step(input.ticketNo, caller, 'reject', input.reason)
