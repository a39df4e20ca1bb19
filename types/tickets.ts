import { MEDIATION_STATUS_LABELS, type MediationStatus, REPORT_STATUS_LABELS, type ReportStatus } from './community-words'

/**
 * A ticket is a matter a resident hands to a station, which staff then move step by step to an end:
 * a clue report (线索举报) or a mediation request (矛盾纠纷调解). Both follow one workflow — a ticket
 * number, a status, a timeline of steps with notes, a notice to the sender at each step, and their
 * contact forgotten a while after the end (PRIVACY_CASE_DAYS) — and differ only in the table below.
 * No zod here: the app reads the same table to know which steps a ticket's state allows.
 */
export interface TicketFlow<S extends string = string, Step extends string = string> {
  /** The collection the tickets live in. */
  collection: 'reports' | 'mediations'
  /** The first letters of its ticket numbers: JB20261124-7KQ3-M9XP. */
  prefix: 'JB' | 'TJ'
  /** What one is called in messages: 没有找到这条举报. */
  noun: string
  labels: Record<S, string>
  /** The state a new ticket starts in. */
  first: S
  /** Each step: the states it may start from, and the one it leads to. */
  steps: Record<Step, { from: readonly S[]; to: S }>
  /** The states nothing moves from. */
  finished: readonly S[]
  /** Personal fields forgotten once the ticket has been finished for PRIVACY_CASE_DAYS (docs/PRIVACY.md). */
  forgotten: readonly string[]
}

export type TicketKind = 'report' | 'mediation'
export type ReportStep = 'accept' | 'close' | 'reject'
export type MediationStep = 'accept' | 'schedule' | 'resolve' | 'withdraw'

export const REPORT_FLOW: TicketFlow<ReportStatus, ReportStep> = {
  collection: 'reports',
  prefix: 'JB',
  noun: '举报',
  labels: REPORT_STATUS_LABELS,
  first: 'submitted',
  steps: {
    accept: { from: ['submitted'], to: 'accepted' },
    close: { from: ['accepted'], to: 'closed' },
    reject: { from: ['submitted', 'accepted'], to: 'rejected' },
  },
  finished: ['closed', 'rejected'],
  forgotten: ['contact'],
}

export const MEDIATION_FLOW: TicketFlow<MediationStatus, MediationStep> = {
  collection: 'mediations',
  prefix: 'TJ',
  noun: '调解申请',
  labels: MEDIATION_STATUS_LABELS,
  first: 'requested',
  steps: {
    accept: { from: ['requested'], to: 'accepted' },
    // Scheduling again moves the meeting.
    schedule: { from: ['accepted', 'scheduled'], to: 'scheduled' },
    resolve: { from: ['scheduled'], to: 'resolved' },
    withdraw: { from: ['requested', 'accepted', 'scheduled'], to: 'withdrawn' },
  },
  finished: ['resolved', 'withdrawn'],
  forgotten: ['contact', 'otherParty'],
}

export const TICKET_FLOWS: Record<TicketKind, TicketFlow> = { report: REPORT_FLOW, mediation: MEDIATION_FLOW }

/** Whether `step` may be taken from `status`: the buttons a queue card shows, the steps the server allows. */
export function canTake<S extends string, Step extends string>(flow: TicketFlow<S, Step>, step: Step, status: S): boolean {
  return flow.steps[step].from.includes(status)
}

export const isFinished = <S extends string>(flow: TicketFlow<S>, status: S): boolean => flow.finished.includes(status)
