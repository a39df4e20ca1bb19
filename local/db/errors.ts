/**
 * Errors the emulator answers with. The SDK turns a body `{code, message}` into a TcbError whose
 * `code` is this string; wx-server-sdk then maps well-known codes to numeric errCodes
 * (DATABASE_REQUEST_FAILED → -502001, INVALID_PARAM → -501007, DATABASE_COLLECTION_NOT_EXIST →
 * -502005, anything else → -501001). @cloudbase/database's runTransaction retries when the
 * commit fails with code DATABASE_TRANSACTION_CONFLICT.
 */
export type DbErrorCode =
  | 'INVALID_PARAM'
  | 'INVALID_ACTION'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'FUNCTIONS_EXECUTE_FAIL'
  | 'SYS_ERR'

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'DbError'
  }
}

/** The message MongoDB (and so the cloud database) gives a unique index violation. */
export function duplicateKeyError(collection: string, indexName: string, key: string): DbError {
  return new DbError(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${collection} index: ${indexName} dup key: ${key}`,
  )
}
