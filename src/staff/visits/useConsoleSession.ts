import { useRouter } from '@tarojs/taro'
import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'

/** `?sessionId=` of the page, empty when missing. */
export function useSessionParam(): string {
  const value = useRouter().params.sessionId ?? ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A session's roster, fresh whenever the page comes back into view. */
export function useRoster(sessionId: string) {
  const remote = useRemote(() => call('visits', 'roster', { sessionId }), [sessionId], { isEmpty: () => false })
  useReloadOnShow(remote.retry)
  return remote
}

/** One session, for the edit form and 代预约. */
export function useConsoleSession(sessionId: string) {
  return useRemote(() => call('visits', 'getSession', { sessionId }), [sessionId], { isEmpty: () => false })
}
