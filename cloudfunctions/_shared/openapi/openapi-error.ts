/**
 * An openapi call refused by WeChat, in the shape wx-server-sdk gives it (its CloudSDKError):
 * `errCode` is WeChat's errcode, `errMsg` reads `openapi.<api>:fail <reason>`. The local stand-ins
 * throw this, so code that handles a refusal in the cloud handles it locally too.
 */
export class OpenapiError extends Error {
  readonly errCode: number
  readonly errMsg: string

  constructor(api: string, errCode: number, reason: string) {
    const errMsg = `openapi.${api}:fail ${reason}`
    super(`errCode: ${errCode} | errMsg: ${errMsg}`)
    this.name = 'OpenapiError'
    this.errCode = errCode
    this.errMsg = errMsg
  }
}

/** WeChat's errcode of a failed openapi call (the SDK's error or ours), or undefined for any other failure. */
export function errCodeOf(error: unknown): number | undefined {
  const code = error && typeof error === 'object' ? (error as { errCode?: unknown }).errCode : undefined
  return typeof code === 'number' ? code : undefined
}
