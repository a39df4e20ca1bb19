/**
 * The local cloud's openapi stand-ins, loaded the way a function loads them: the genuine wx-server-sdk
 * pointed at a database emulator (test/emulator/harness), with JMT_LOCAL_CLOUD=1 set before the
 * functions' shared code initialises the SDK.
 */
import { startHarness, type Harness } from '../emulator/harness'

export interface LocalOpenapi {
  h: Harness
  subscribe: typeof import('../../cloudfunctions/_shared/openapi/subscribe-message')
  localSend: typeof import('../../cloudfunctions/_shared/openapi/local/subscribe-message')
  grants: typeof import('../../local/gateway/subscriptions')
}

export async function startLocalOpenapi(): Promise<LocalOpenapi> {
  const h = await startHarness({ extra: { requireDeclaredCollections: true } })
  process.env.JMT_LOCAL_CLOUD = '1'
  const subscribe = await import('../../cloudfunctions/_shared/openapi/subscribe-message')
  const localSend = await import('../../cloudfunctions/_shared/openapi/local/subscribe-message')
  const grants = await import('../../local/gateway/subscriptions')
  return { h, subscribe, localSend, grants }
}

/** The errCode a stand-in refused with, or 'ok'. */
export async function outcomeOf(call: () => Promise<unknown> | unknown): Promise<number | 'ok'> {
  try {
    await call()
    return 'ok'
  } catch (error) {
    const code = (error as { errCode?: unknown }).errCode
    if (typeof code !== 'number') throw error
    return code
  }
}
