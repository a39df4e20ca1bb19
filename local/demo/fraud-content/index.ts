/** The demo content of the 反诈 tab: written for this product, in plain words for elderly readers. */
export { articles, COMMON_STEPS } from './articles'
export { cases } from './cases'
export { questions } from './questions'
export { tips } from './tips'
