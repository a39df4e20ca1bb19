import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types'
import { toApiError } from './errors'
import { h5Transport } from './transport-h5'
import { weappTransport } from './transport-weapp'

export { ApiError } from './errors'
export { initCloud } from './transport-weapp'

// process.env.TARO_ENV is inlined at build time, so each build keeps only its own transport.
const transport = process.env.TARO_ENV === 'weapp' ? weappTransport : h5Transport

/**
 * The one way the app talks to the cloud functions, typed by the contract in types/.
 * Answers the action's data; throws an ApiError (with a Chinese message) otherwise.
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, input: ActionInput<F, A>): Promise<ActionOutput<F, A>> {
  try {
    return (await transport(fn, action, input)) as ActionOutput<F, A>
  } catch (error) {
    throw toApiError(error)
  }
}
