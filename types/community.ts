import { defineActions } from './action'

/** The `community` function's actions (filled in by its issue). */
export const community = defineActions({})
