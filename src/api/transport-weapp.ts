import Taro from '@tarojs/taro'
import { ApiError, NETWORK_MESSAGE, SERVICE_MESSAGE, unwrapEnvelope } from './errors'
import type { Transport } from './transport'

let initialised = false

/** Called once from app.ts; `call` also makes sure of it, so a page opened first still works. */
export function initCloud(): void {
  if (initialised || process.env.TARO_ENV !== 'weapp') return
  // wx.cloud.DYNAMIC_CURRENT_ENV (the environment the mini-program runs in) is missing from Taro's typings.
  const dynamicEnv = (Taro.cloud as unknown as { DYNAMIC_CURRENT_ENV: string }).DYNAMIC_CURRENT_ENV
  Taro.cloud.init({ env: CLOUD_ENV || dynamicEnv, traceUser: true })
  initialised = true
}

/** In the mini-program the caller's identity travels with the call; no login step is needed. */
export const weappTransport: Transport = async (fn, action, input) => {
  initCloud()
  let result: unknown
  try {
    const response = await Taro.cloud.callFunction({ name: fn, data: { action, data: input } })
    result = response.result
  } catch (error) {
    throw new ApiError('INTERNAL', isNetworkFailure(error) ? NETWORK_MESSAGE : SERVICE_MESSAGE)
  }
  return unwrapEnvelope(result)
}

function isNetworkFailure(error: unknown): boolean {
  const message = error && typeof error === 'object' && 'errMsg' in error ? String((error as { errMsg: unknown }).errMsg) : ''
  return /network|timeout|fail to connect|offline/i.test(message)
}
