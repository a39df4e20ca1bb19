import type { MessagePage } from '../../../types/routes'
import { cloud, db, isLocalCloud } from '../cloud'
import { sendLocally } from './local/subscribe-message'
import { errCodeOf } from './openapi-error'
import { ERR_USER_REFUSED } from './subscribe-rules'

/**
 * Sends a one-time subscribe message (the user granted one with a tap): `subscribeMessage.send` in
 * the WeChat cloud, its strict stand-in in the local cloud. Needs the openapi permission
 * `subscribeMessage.send`.
 *
 * Best effort, always: a send fails whenever the person never accepted the template or has spent
 * the acceptance (43101), and a notice must never fail or interrupt the action that sent it. Every
 * attempt is recorded in the `outbox` collection with its outcome, for the console to show.
 */
export interface SubscribeMessage {
  touser: string
  templateId: string
  /** The mini-program page the message opens, with its query: made from the route table. */
  page: MessagePage
  /** Template fields, e.g. { thing1: { value: '流动警务室' } }. */
  data: Record<string, { value: string }>
}

/** `sent`; `refused` (43101: not accepted, or the acceptance spent); `failed` (anything else). */
export type SendOutcome = 'sent' | 'refused' | 'failed'

export interface MessageScope {
  /** The station whose staff may read this message in the outbox; none: admins only. */
  stationId?: string
}

export async function sendSubscribeMessage(message: SubscribeMessage, scope: MessageScope): Promise<SendOutcome> {
  let outcome: SendOutcome = 'sent'
  let errCode: number | undefined
  try {
    if (isLocalCloud) await sendLocally(message)
    else {
      await cloud.openapi.subscribeMessage.send({
        touser: message.touser,
        templateId: message.templateId,
        page: message.page,
        data: message.data,
        miniprogramState: process.env.MINIPROGRAM_STATE ?? 'formal',
      })
    }
  } catch (error) {
    errCode = errCodeOf(error)
    outcome = errCode === ERR_USER_REFUSED ? 'refused' : 'failed'
    if (outcome === 'failed') console.warn('[subscribeMessage.send] failed', message.templateId, (error as Error)?.message ?? error)
  }
  try {
    await db.collection('outbox').add({
      data: {
        ...message,
        ...(scope.stationId ? { stationId: scope.stationId } : {}),
        status: outcome,
        ...(errCode !== undefined ? { errCode } : {}),
        sentAt: db.serverDate(),
      },
    })
  } catch (error) {
    // The record is for the console; losing it must not undo what the action did.
    console.warn('[subscribeMessage.send] outcome not recorded', (error as Error)?.message ?? error)
  }
  return outcome
}
