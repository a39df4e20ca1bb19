import type { IncomingMessage, ServerResponse } from 'node:http'
import { EJSON } from 'bson'
import { grantId, MAX_TEMPLATES_PER_REQUEST, SUBSCRIPTIONS_COLLECTION } from '../../cloudfunctions/_shared/openapi/subscription-grants'
import type { LocalDatabase } from '../db'
import { bearerToken, readJsonBody, RequestError, sendJson } from './http'
import type { TokenIssuer } from './tokens'

/**
 * `POST /api/subscriptions` `{"templateIds": [...]}` with the caller's bearer token: the local stand-in
 * of the person tapping 允许 in wx.requestSubscribeMessage. Each accepted template gives one more send
 * of that template to that person (one-time subscriptions: 用户每次订阅，开发者可下发一条消息); the
 * functions' local subscribeMessage.send spends them (cloudfunctions/_shared/openapi/local/).
 * The answer has requestSubscribeMessage's shape: `{ [templateId]: 'accept' }`.
 */
export interface SubscriptionGrants {
  accept(openid: string, templateIds: string[]): Promise<void>
}

/** Template ids as the 公众平台 issues them (URL-safe base64, 43 characters) or the local placeholders. */
const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/

export function subscriptionGrants(db: LocalDatabase): SubscriptionGrants {
  return {
    async accept(openid, templateIds) {
      for (const templateId of templateIds) {
        // One atomic upsert with $inc, through the same request path the SDK uses: a send spending a
        // grant at the same moment sees either the old count or the new one, never a lost update.
        const answer = (await db.handle({
          action: 'database.modifyDocument',
          collectionName: SUBSCRIPTIONS_COLLECTION,
          query: EJSON.stringify({ _id: grantId(openid, templateId) }, { relaxed: false }),
          data: EJSON.stringify({ $inc: { unspent: 1 }, $set: { openid, templateId, updatedAt: new Date() } }, { relaxed: false }),
          multi: false,
          upsert: true,
          merge: true,
        })) as { code?: string; message?: string }
        if (answer.code) throw new Error(`subscriptions: ${answer.code} ${answer.message ?? ''}`)
      }
    },
  }
}

export async function acceptSubscriptions(grants: SubscriptionGrants, tokens: TokenIssuer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') throw new RequestError('INVALID_ARGUMENT', '请使用 POST', 405)
  const token = bearerToken(req)
  const openid = token ? tokens.verify(token) : undefined
  if (!openid) throw new RequestError('UNAUTHENTICATED', '请先登录')
  const body = await readJsonBody(req)
  const ids = body.templateIds
  // wx.requestSubscribeMessage: tmplIds 一次最多 3 个，且须为本小程序的模板 id.
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_TEMPLATES_PER_REQUEST) {
    throw new RequestError('INVALID_ARGUMENT', `templateIds 应为 1–${MAX_TEMPLATES_PER_REQUEST} 个模板 ID`)
  }
  if (!ids.every((id): id is string => typeof id === 'string' && TEMPLATE_ID.test(id)) || new Set(ids).size !== ids.length) {
    throw new RequestError('INVALID_ARGUMENT', 'templateIds 中有无效或重复的模板 ID')
  }
  await grants.accept(openid, ids)
  sendJson(res, 200, { ok: true, data: Object.fromEntries(ids.map((id) => [id, 'accept'])) })
}
