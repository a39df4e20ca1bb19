import { defineActions } from './action'

/** The `fraud` function's actions (filled in by its issue). */
export const fraud = defineActions({})
