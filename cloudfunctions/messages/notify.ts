import { messagePage } from '../../types/routes'
import { chinaClock } from '../_shared/china-time'
import { sendSubscribeMessage } from '../_shared/openapi/subscribe-message'
import { asThing } from '../_shared/openapi/subscribe-rules'
import type { ThreadDoc } from './docs'

/**
 * The 留言回复通知 template, chosen in the 公众平台 and set per environment (JMT_TEMPLATE_MESSAGE_REPLY);
 * the default names it for the local outbox. Keywords: 回复人 thing1, 回复内容 thing2, 回复时间 time3.
 */
export const REPLY_TEMPLATE = process.env.JMT_TEMPLATE_MESSAGE_REPLY ?? 'message-reply'

/**
 * Tells the resident a reply came, if they accepted the template when they wrote. Best effort: a
 * refused or failed send is recorded in the outbox (for the thread's station) and never fails the reply.
 */
export async function notifyReply(thread: ThreadDoc, text: string, by: string | undefined, at: Date): Promise<void> {
  await sendSubscribeMessage(
    {
      touser: thread.openid,
      templateId: REPLY_TEMPLATE,
      page: messagePage('messages/thread/index', { threadId: thread._id }),
      data: {
        thing1: { value: asThing(by ? `${by}（${thread.stationName}）` : thread.stationName) },
        thing2: { value: asThing(text) },
        time3: { value: chinaClock(at).format('YYYY-MM-DD HH:mm') },
      },
    },
    { stationId: thread.stationId },
  )
}
