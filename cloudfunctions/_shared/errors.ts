import type { ErrorBody, ErrorCode } from '../../types/errors'

/**
 * A failure the caller should hear about, with a message in plain Chinese. Anything else thrown in a
 * function is a bug and answers INTERNAL without details.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Pick<ErrorBody, 'field' | 'retryAfter'> = {},
  ) {
    super(message)
    this.name = 'AppError'
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, ...this.extra }
  }
}

export const invalid = (message: string, field?: string) => new AppError('INVALID_ARGUMENT', message, field ? { field } : {})
export const notFound = (message: string) => new AppError('NOT_FOUND', message)
export const forbidden = (message = '没有权限进行此操作') => new AppError('FORBIDDEN', message)
export const conflict = (message: string) => new AppError('CONFLICT', message)
