/** Messages between the pool (main thread) and a function worker (worker thread). */
export interface InvokeRequest {
  id: number
  name: string
  event: unknown
  /** The caller's OPENID as the gateway proved it from a token, or none. */
  openid?: string
  /** The address the caller's request came from, as the gateway's socket saw it; none for timers. */
  clientIp?: string
}

export type InvokeReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string }

export interface WorkerSetup {
  functionsDir: string
  appid: string
}

/**
 * The variables wx-server-sdk's getWXContext() reads (it drops the WX_ prefix): the worker sets them
 * per call. The pool's environment must name them in WX_CONTEXT_KEYS.
 */
export const WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_CLIENTIP,WX_CLIENTIPV6'
