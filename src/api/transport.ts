/** Sends one action of one cloud function and answers the function's `data`, or throws an ApiError. */
export type Transport = (fn: string, action: string, input: unknown) => Promise<unknown>
