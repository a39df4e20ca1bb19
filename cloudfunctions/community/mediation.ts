import type { ActionInput, ActionOutput } from '../../types'
import { maskPhone, type MyMediation, type StaffMediation } from '../../types/community'
import { MEDIATION_FLOW } from '../../types/tickets'
import { notFound } from '../_shared/errors'
import { type Caller, isStaff } from '../_shared/identity'
import { requireOwnStation } from '../_shared/station-scope'
import { stationFor } from '../_shared/stations'
import type { MediationDoc } from './docs'
import { iso, ticketBase, ticketWorkflow } from './tickets'

const mediations = ticketWorkflow<MediationDoc['status'], keyof typeof MEDIATION_FLOW.steps, MediationDoc>('mediation', MEDIATION_FLOW, 'mediationsPerDay')

function mediationFields(doc: MediationDoc) {
  const scheduledAt = iso(doc.scheduledAt)
  return {
    ...ticketBase(doc),
    category: doc.category,
    description: doc.description,
    ...(doc.otherParty ? { otherParty: doc.otherParty } : {}),
    ...(doc.preferredTimes ? { preferredTimes: doc.preferredTimes } : {}),
    ...(scheduledAt ? { scheduledAt } : {}),
    ...(doc.place ? { place: doc.place } : {}),
  }
}

const toMine = (doc: MediationDoc): MyMediation => ({ ...mediationFields(doc), ...(doc.contact ? { contact: maskPhone(doc.contact) } : {}) })
/** Staff arrange the meeting by phone: the number is what the task needs. */
const toStaff = (doc: MediationDoc): StaffMediation => ({ ...mediationFields(doc), ...(doc.contact ? { contact: doc.contact } : {}), stationId: doc.stationId })

export async function requestMediation(
  input: ActionInput<'community', 'requestMediation'>,
  caller: Caller,
): Promise<ActionOutput<'community', 'requestMediation'>> {
  const stationId = await stationFor(input.stationId, input.location)
  const { stationId: _asked, location: _where, ...fields } = input
  return mediations.open(caller, fields, stationId)
}

export async function myMediations(input: ActionInput<'community', 'myMediations'>, caller: Caller): Promise<ActionOutput<'community', 'myMediations'>> {
  const page = await mediations.mine(input, caller)
  return { ...page, items: page.items.map(toMine) }
}

export async function listMediations(input: ActionInput<'community', 'listMediations'>, caller: Caller): Promise<ActionOutput<'community', 'listMediations'>> {
  const page = await mediations.queue(input, caller)
  return { ...page, items: page.items.map(toStaff) }
}

async function staffStep(ticketNo: string, caller: Caller, name: keyof typeof MEDIATION_FLOW.steps, note?: string, extra: Partial<MediationDoc> = {}) {
  return toStaff(await mediations.move(await mediations.forStaff(ticketNo, caller), name, note, extra))
}

export const acceptMediation = (input: ActionInput<'community', 'acceptMediation'>, caller: Caller) => staffStep(input.ticketNo, caller, 'accept', input.note)

export function scheduleMediation(input: ActionInput<'community', 'scheduleMediation'>, caller: Caller) {
  const note = input.note ?? `${input.place}`
  return staffStep(input.ticketNo, caller, 'schedule', note, { scheduledAt: new Date(input.time), place: input.place })
}

export const resolveMediation = (input: ActionInput<'community', 'resolveMediation'>, caller: Caller) =>
  staffStep(input.ticketNo, caller, 'resolve', input.note)

/**
 * The requester may withdraw their own request; staff of its station may, on the requester's word.
 * To a resident, someone else's ticket is as missing as one that never was: the answer must not tell
 * which ticket numbers exist.
 */
export async function withdrawMediation(
  input: ActionInput<'community', 'withdrawMediation'>,
  caller: Caller,
): Promise<ActionOutput<'community', 'withdrawMediation'>> {
  const doc = await mediations.load(input.ticketNo)
  if (doc.openid !== caller.openid) {
    if (!isStaff(caller)) throw notFound(mediations.notFoundMessage)
    requireOwnStation(caller, doc.stationId)
  }
  const moved = await mediations.move(doc, 'withdraw', input.note)
  return { ticketNo: moved._id, status: moved.status }
}
