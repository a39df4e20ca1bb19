import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'

/** The console home needs only who is asking: officers and admins see different entries. */
export function useConsoleHome() {
  return useRemote(() => call('org', 'whoami', {}), [], { isEmpty: () => false })
}
