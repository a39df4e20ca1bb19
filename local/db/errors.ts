/**
 * Errors the emulator answers with, in the body shape the cloud uses: `{code, message}`.
 *
 * What a function sees of them goes through two layers of the genuine SDK, and the emulator's
 * choices below were checked against both (wx-server-sdk 4.0.2, @cloudbase/node-sdk 3.17.2):
 * - node-sdk turns the body into a TcbError carrying `code` and `message`. Only the transaction's
 *   `commit()` and `rollback()` hand that TcbError on untouched (so `code` survives there, which is
 *   what @cloudbase/database's runTransaction looks at to retry DATABASE_TRANSACTION_CONFLICT).
 * - every other call (`doc().get/set/update/remove`, `add`, `where().get/update/remove`, `count`)
 *   is rewritten by wx-server-sdk into `Error("<api>:fail <errCode> <text>. <message>")` with an
 *   `errCode` from its TCB_ERR_CODE table: DATABASE_REQUEST_FAILED → -502001, INVALID_PARAM →
 *   -501007, DATABASE_COLLECTION_NOT_EXIST → -502005, any code it does not know → -501001 (SYS_ERR).
 *   The string code is dropped; only the errCode and the message reach the function.
 */
export type DbErrorCode =
  | 'INVALID_PARAM'
  | 'INVALID_ACTION'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_DUPLICATE_WRITE'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | typeof TRANSACTION_BUSY
  | 'FUNCTIONS_EXECUTE_FAIL'
  | 'SYS_ERR'

/**
 * The lock error of CloudBase transactions. The code is the one its message carries in brackets;
 * wx-server-sdk does not know it, so a function sees errCode -501001 and the message.
 */
export const TRANSACTION_BUSY = 'ResourceUnavailable.TransactionBusy'
export const TRANSACTION_BUSY_MESSAGE = `[${TRANSACTION_BUSY}] Transaction is busy`

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'DbError'
  }
}

/**
 * A unique index violation. CloudBase answers it as MongoDB does, E11000 in the message, under
 * DATABASE_REQUEST_FAILED (errCode -502001 in a function).
 */
export function duplicateKeyError(collection: string, indexName: string, key: string): DbError {
  return new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${collection} index: ${indexName} dup key: ${key}`)
}

/**
 * An `add` whose `_id` is taken: CloudBase answers DATABASE_DUPLICATE_WRITE, whose documented
 * meaning is "Database write failed, index key duplicate, for example inserting data with same _id"
 * (docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE). wx-server-sdk does not know the code
 * (errCode -501001); the message carries it so that code can still tell what happened.
 */
export function duplicateIdError(collection: string, id: unknown): DbError {
  return new DbError(
    'DATABASE_DUPLICATE_WRITE',
    `[DATABASE_DUPLICATE_WRITE] Database write failed, index key duplicate: _id ${JSON.stringify(id)} already exists in ${collection}`,
  )
}

/** A write inside a transaction to a document another transaction holds, or one changed since this transaction began. */
export function transactionBusyError(detail: string): DbError {
  return new DbError(TRANSACTION_BUSY, `${TRANSACTION_BUSY_MESSAGE} (${detail})`)
}
