import type { ErrorBody } from './errors'

/** What every cloud function answers: `{ok:true,data}` or `{ok:false,error}`. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

/** The event every cloud function takes. */
export interface FunctionEvent<A extends string = string, D = unknown> {
  action: A
  data?: D
}
