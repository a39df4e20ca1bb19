import { defineActions } from './action'

/** The `visits` function's actions (filled in by its issue). */
export const visits = defineActions({})
