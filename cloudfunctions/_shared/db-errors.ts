/**
 * The cloud database's two answers to a write that would duplicate a key, as a function sees them
 * through wx-server-sdk (which keeps the errCode and the message and drops the string code):
 * - a unique-index violation: errCode -502001 (DATABASE_REQUEST_FAILED) with MongoDB's
 *   `E11000 duplicate key error` in the message;
 * - an `add` whose `_id` is taken: DATABASE_DUPLICATE_WRITE ("index key duplicate"), an unknown code
 *   to wx-server-sdk, so errCode -501001 with the code in the message.
 * `commit()` of a transaction hands node-sdk's error on unrewritten, with `code` intact.
 */
const DUPLICATE_WRITE = 'DATABASE_DUPLICATE_WRITE'

export function isDuplicateKey(error: unknown): boolean {
  if ((error as { code?: unknown } | null)?.code === DUPLICATE_WRITE) return true
  const text = error instanceof Error ? error.message : JSON.stringify(error ?? '')
  return /E11000|duplicate key|DATABASE_DUPLICATE_WRITE|index key duplicate/i.test(text)
}
