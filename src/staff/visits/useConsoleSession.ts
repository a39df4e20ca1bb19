import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useParam } from '@/hooks/useParam'

/** What a console page about one session says when it cannot show it. */
export const SESSION_MISSING = {
  emptyTitle: '没有找到这一场',
  errorTitles: { NOT_FOUND: '没有找到这一场', FORBIDDEN: '这一场不是你所在派出所的' },
}

/** `?sessionId=` of the page, empty when missing. */
export function useSessionParam(): string {
  return useParam('sessionId') ?? ''
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
