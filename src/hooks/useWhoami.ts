import { call } from '../api'
import { useRemote } from './useRemote'

/** Who the app is talking to the cloud as, and their role. */
export function useWhoami() {
  return useRemote(() => call('org', 'whoami', {}))
}
