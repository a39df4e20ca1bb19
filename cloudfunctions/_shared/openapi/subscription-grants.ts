/**
 * The local cloud's record of what WeChat keeps for one-time subscribe messages: how many unspent
 * acceptances each person has of each template. A tap on 允许 in requestSubscribeMessage adds one
 * (locally: POST /api/subscriptions); each subscribeMessage.send spends one, and without one the send
 * fails with 43101. No SDK here: the gateway writes grants and the functions spend them.
 */
export const SUBSCRIPTIONS_COLLECTION = 'subscriptions'

/** requestSubscribeMessage takes at most three template ids per call (tmplIds: 一次最多 3 个). */
export const MAX_TEMPLATES_PER_REQUEST = 3

export interface GrantDoc {
  _id: string
  openid: string
  templateId: string
  /** Acceptances not yet spent by a send. */
  unspent: number
  updatedAt: Date
}

export function grantId(openid: string, templateId: string): string {
  return `${openid}:${templateId}`
}
