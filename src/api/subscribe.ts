import Taro from '@tarojs/taro'

/** Whether this build can receive WeChat's subscribe messages at all: the mini-program only. */
export function canReceiveNotices(): boolean {
  return process.env.TARO_ENV === 'weapp'
}

/** wx.requestSubscribeMessage takes at most three template ids in one call. */
export const MAX_TEMPLATES_PER_ASK = 3

/**
 * Asks for one-time subscribe messages and answers the template ids the person accepted. In the
 * mini-program it is WeChat's dialog, which shows only in answer to a tap: call this inside the tap
 * handler, before anything is awaited, with every template the tap needs (up to three) in ONE call.
 * A web page cannot receive WeChat's subscribe messages, so the H5 build asks for nothing and answers
 * none accepted (its pages say so instead of promising a message). Never throws: a declined or failed
 * ask means no messages, and the action goes on.
 */
export function requestSubscriptions(templateIds: string[]): Promise<string[]> {
  const ids = [...new Set(templateIds.filter(Boolean))].slice(0, MAX_TEMPLATES_PER_ASK)
  if (ids.length === 0 || !canReceiveNotices()) return Promise.resolve([])
  const asked = Taro.requestSubscribeMessage({ tmplIds: ids } as Taro.requestSubscribeMessage.Option) as unknown as Promise<Record<string, unknown>>
  return asked.then(
    (answers) => ids.filter((id) => answers[id] === 'accept'),
    () => [],
  )
}
