import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../api'
import { toApiError } from '../api/errors'
import { useLatest } from './useLatest'
import { depsKey } from './deps-key'

type RemoteState<T> = { status: 'loading' } | { status: 'empty'; data: T } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError }

export type Remote<T> = RemoteState<T> & { retry: () => void }

export interface RemoteOptions<T> {
  /** When the answer counts as "nothing to show"; by default an empty `items` list. */
  isEmpty?: (data: T) => boolean
  /** A call that has not answered after this long is shown as an error, never as an endless spinner. */
  timeoutMs?: number
}

export const SLOW_MESSAGE = '等待时间太长，请检查网络后重试'

function defaultIsEmpty(data: unknown): boolean {
  if (data === null || data === undefined) return true
  if (Array.isArray(data)) return data.length === 0
  if (typeof data === 'object' && 'items' in data && Array.isArray((data as { items: unknown }).items)) {
    return (data as { items: unknown[] }).items.length === 0
  }
  return false
}

/**
 * Runs `load` when the page opens (and again on `retry`) and tells the page which state to show.
 * `deps` restart the load, as with useEffect (compared by value: callers pass ids and filters).
 */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[] = [], options: RemoteOptions<T> = {}): Remote<T> {
  return useRemoteFor(depsKey(deps), load, options)
}

/**
 * useRemote for hooks that pass their callers' dependencies on: `key` names what is loaded, and a new
 * key loads again.
 */
export function useRemoteFor<T>(key: string, load: () => Promise<T>, options: RemoteOptions<T> = {}): Remote<T> {
  const loadRef = useLatest(load)
  const optionsRef = useLatest(options)
  const [attempt, setAttempt] = useState(0)
  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  // Every answer is kept with the request it answers: until the current request has its answer, the
  // page shows it loading (no setState in the effect body, no flash of the previous filter's rows).
  const request = `${attempt}:${key}`
  const [answer, setAnswer] = useState<{ request: string; state: RemoteState<T> } | null>(null)

  useEffect(() => {
    let current = true
    const settle = (state: RemoteState<T>) => {
      if (current) setAnswer({ request, state })
      current = false
    }
    const timer = setTimeout(() => settle({ status: 'error', error: new ApiError('INTERNAL', SLOW_MESSAGE) }), optionsRef.current.timeoutMs ?? 15000)
    Promise.resolve()
      .then(() => loadRef.current())
      .then(
        (data) => {
          const isEmpty = optionsRef.current.isEmpty ?? defaultIsEmpty
          settle({ status: isEmpty(data) ? 'empty' : 'ready', data })
        },
        (error: unknown) => settle({ status: 'error', error: toApiError(error) }),
      )
      .finally(() => clearTimeout(timer))
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [request, loadRef, optionsRef])

  const state: RemoteState<T> = answer?.request === request ? answer.state : { status: 'loading' }
  return { ...state, retry }
}
