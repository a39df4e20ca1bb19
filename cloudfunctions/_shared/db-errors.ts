/** The database answers a unique-index violation with MongoDB's E11000 "duplicate key" error. */
export function isDuplicateKey(error: unknown): boolean {
  const text = error instanceof Error ? error.message : JSON.stringify(error ?? '')
  return /duplicate key|E11000/i.test(text)
}
