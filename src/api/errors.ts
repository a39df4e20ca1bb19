// From types/errors directly: types/index also loads the zod schemas, which the app must not bundle.
import { isErrorCode, type ErrorBody, type ErrorCode } from '../../types/errors'

export const NETWORK_MESSAGE = '网络不可用，请检查网络后重试'
export const SERVICE_MESSAGE = '服务暂时不可用，请稍后重试'

/** A failed call. `message` is already written for the user (Chinese); pages pick wording by `code`. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly retryAfter?: number
  readonly field?: string

  constructor(code: ErrorCode, message: string, extra: { retryAfter?: number; field?: string } = {}) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter
    if (extra.field !== undefined) this.field = extra.field
    // Keeps `instanceof` working when compiled down to ES5 classes.
    Object.setPrototypeOf(this, ApiError.prototype)
  }

  static fromBody(body: ErrorBody): ApiError {
    return new ApiError(body.code, body.message || SERVICE_MESSAGE, { retryAfter: body.retryAfter, field: body.field })
  }
}

/**
 * Reads a function's answer. Anything that is not a well-formed envelope (an HTML error page, an
 * empty body) is a service failure, never data.
 */
export function unwrapEnvelope<T>(body: unknown): T {
  if (body && typeof body === 'object' && 'ok' in body) {
    const envelope = body as { ok: unknown; data?: unknown; error?: unknown }
    if (envelope.ok === true) return envelope.data as T
    const error = envelope.error as Partial<ErrorBody> | undefined
    if (envelope.ok === false && error && isErrorCode(error.code)) {
      return throwError(
        ApiError.fromBody({
          code: error.code,
          message: typeof error.message === 'string' ? error.message : SERVICE_MESSAGE,
          retryAfter: typeof error.retryAfter === 'number' ? error.retryAfter : undefined,
          field: typeof error.field === 'string' ? error.field : undefined,
        }),
      )
    }
  }
  return throwError(new ApiError('INTERNAL', SERVICE_MESSAGE))
}

function throwError(error: ApiError): never {
  throw error
}

/** Anything thrown by a call, as an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError('INTERNAL', NETWORK_MESSAGE)
}
