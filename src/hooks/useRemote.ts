import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api'
import { toApiError } from '../api/errors'

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
 * `deps` restart the load, as with useEffect.
 */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[] = [], options: RemoteOptions<T> = {}): Remote<T> {
  const loadRef = useRef(load)
  loadRef.current = load
  const optionsRef = useRef(options)
  optionsRef.current = options
  const [attempt, setAttempt] = useState(0)
  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading' })

  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    const { timeoutMs = 15000 } = optionsRef.current
    const timer = setTimeout(() => {
      if (current) setState({ status: 'error', error: new ApiError('INTERNAL', SLOW_MESSAGE) })
      current = false
    }, timeoutMs)
    Promise.resolve()
      .then(() => loadRef.current())
      .then(
        (data) => {
          if (!current) return
          const isEmpty = optionsRef.current.isEmpty ?? defaultIsEmpty
          setState({ status: isEmpty(data) ? 'empty' : 'ready', data })
        },
        (error: unknown) => {
          if (current) setState({ status: 'error', error: toApiError(error) })
        },
      )
      .finally(() => clearTimeout(timer))
    return () => {
      current = false
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, ...deps])

  return { ...state, retry }
}
