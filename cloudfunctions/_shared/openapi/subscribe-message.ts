import { cloud, db, isLocalCloud } from '../cloud'

/**
 * Sends a one-time subscribe message (the user granted one with a tap): `subscribeMessage.send` in
 * the WeChat cloud; in the local cloud the message lands in the `outbox` collection, where tests and
 * the console can read it. Needs the openapi permission `subscribeMessage.send`.
 */
export interface SubscribeMessage {
  touser: string
  templateId: string
  /** The mini-program page the message opens, with its query. */
  page: string
  /** Template fields, e.g. { thing1: { value: '流动警务室' } }. */
  data: Record<string, { value: string }>
}

export async function sendSubscribeMessage(message: SubscribeMessage): Promise<void> {
  if (isLocalCloud) {
    await db.collection('outbox').add({ data: { ...message, kind: 'subscribeMessage', sentAt: db.serverDate() } })
    return
  }
  await cloud.openapi.subscribeMessage.send({
    touser: message.touser,
    templateId: message.templateId,
    page: message.page,
    data: message.data,
    miniprogramState: process.env.MINIPROGRAM_STATE ?? 'formal',
  })
}
