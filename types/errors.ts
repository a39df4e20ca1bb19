/**
 * The error codes every function may answer with, and the HTTP status the local gateway maps each to.
 * One union for the front end, the functions and the gateway.
 */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'FULL',
  'CLOSED',
  'RATE_LIMITED',
  'CONTENT_REJECTED',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FULL: 409,
  CLOSED: 409,
  RATE_LIMITED: 429,
  CONTENT_REJECTED: 422,
  INTERNAL: 500,
}

export interface ErrorBody {
  code: ErrorCode
  message: string
  /** Seconds to wait before retrying, with RATE_LIMITED. */
  retryAfter?: number
  /** The input field at fault, with INVALID_ARGUMENT and CONTENT_REJECTED. */
  field?: string
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}
