import { _, db } from '../../cloud'
import { updatedCount } from '../../results'
import { OpenapiError } from '../openapi-error'
import { ERR_USER_REFUSED, refusalOf, type SubscribePayload } from '../subscribe-rules'
import { grantId, SUBSCRIPTIONS_COLLECTION } from '../subscription-grants'

const API = 'subscribeMessage.send'

/**
 * subscribeMessage.send as the local cloud's stand-in: the payload must pass WeChat's rules
 * (subscribe-rules.ts), then one unspent acceptance of the template by `touser` is spent, or the call
 * fails with 43101 as in the cloud ("用户拒绝接受消息"). The spend is one conditional update, so two
 * sends racing for one acceptance cannot both succeed.
 */
export async function sendLocally(message: SubscribePayload): Promise<void> {
  const refusal = refusalOf(message)
  if (refusal) throw new OpenapiError(API, refusal.errCode, refusal.reason)
  const spent = await updatedCount(
    db
      .collection(SUBSCRIPTIONS_COLLECTION)
      .where({ _id: grantId(message.touser, message.templateId), unspent: _.gt(0) })
      .update({ data: { unspent: _.inc(-1), updatedAt: new Date() } }),
  )
  if (spent === 0) throw new OpenapiError(API, ERR_USER_REFUSED, 'user refuse to accept the msg')
}
