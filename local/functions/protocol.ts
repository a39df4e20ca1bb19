/** Messages between the pool (main thread) and a function worker (worker thread). */
export interface InvokeRequest {
  id: number
  name: string
  event: unknown
  /** The caller's OPENID as the gateway proved it from a token, or none. */
  openid?: string
}

export type InvokeReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string }

export interface WorkerSetup {
  functionsDir: string
  appid: string
}
