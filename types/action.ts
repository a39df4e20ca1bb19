import { z } from 'zod'
import type { Access } from './roles'

/** One action of a cloud function: who may call it, what it takes, what it answers. */
export interface ActionSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  access: Access
  input: I
  output: O
  /** One line, in English, for the registry and the generated docs. */
  summary: string
}

export type DomainSpec = Record<string, ActionSpec>

/** Keeps each action's literal types while checking its shape. */
export function defineActions<D extends DomainSpec>(actions: D): D {
  return actions
}
