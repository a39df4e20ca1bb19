import Taro from '@tarojs/taro'
import { h5AcceptSubscriptions } from './transport-h5'

/** wx.requestSubscribeMessage takes at most three template ids in one call. */
export const MAX_TEMPLATES_PER_ASK = 3

/**
 * Asks for one-time subscribe messages and answers the template ids the person accepted. In the
 * mini-program it is WeChat's dialog, which shows only in answer to a tap: call this inside the tap
 * handler, before anything is awaited, with every template the tap needs (up to three) in ONE call.
 * In the H5 build it is the local cloud's stand-in of tapping 允许 (POST /api/subscriptions).
 * Never throws: a declined or failed ask means no messages, and the action goes on.
 */
export function requestSubscriptions(templateIds: string[]): Promise<string[]> {
  const ids = [...new Set(templateIds.filter(Boolean))].slice(0, MAX_TEMPLATES_PER_ASK)
  if (ids.length === 0) return Promise.resolve([])
  const asked: Promise<Record<string, unknown>> =
    process.env.TARO_ENV === 'weapp'
      ? (Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option) as unknown as Promise<Record<string, unknown>>)
      : h5AcceptSubscriptions(ids)
  return asked.then(
    (answers) => ids.filter((id) => answers[id] === 'accept'),
    () => [],
  )
}
