import type { z } from 'zod'
import { org } from './org'
import { plates } from './plates'
import { visits } from './visits'
import { fraud } from './fraud'
import { community } from './community'
import { privacy } from './privacy'
import { messages } from './messages'

/**
 * The whole contract: every cloud function, its actions, who may call each, what each takes and
 * answers. The functions' router enforces it; the front end's client is typed from it.
 */
export const contract = { org, plates, visits, fraud, community, privacy, messages } as const

export type Contract = typeof contract
export type FunctionName = keyof Contract
export type ActionName<F extends FunctionName> = keyof Contract[F] & string

type Spec<F extends FunctionName, A extends ActionName<F>> = Contract[F][A]
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = Spec<F, A> extends { input: infer I extends z.ZodTypeAny } ? z.input<I> : never
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = Spec<F, A> extends { output: infer O extends z.ZodTypeAny } ? z.output<O> : never

export * from './errors'
export * from './envelope'
export * from './roles'
export type { Page, GeoPoint } from './common'
