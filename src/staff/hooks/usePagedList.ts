import { useEffect, useRef, useState } from 'react'
import type { Page } from '../../../types/common'
import { toApiError } from '../../api/errors'
import { type Remote, useRemote } from '../../hooks/useRemote'
import { type ConsoleTopic, useOnChange } from '../changes'

export interface PagedList<T> {
  /** The first page and every page loaded after it, as one list. */
  remote: Remote<Page<T>>
  loadMore: () => void
  loadingMore: boolean
  /** Why the last 加载更多 failed, in Chinese. */
  moreError: string | null
}

/**
 * A list read page by page with `nextCursor`: the first page goes through the page states, the
 * following ones through a 加载更多 button. `deps` (e.g. filters) start again from the first page;
 * so does a change announced on `topic`.
 */
export function usePagedList<T>(loadPage: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[], topic?: ConsoleTopic): PagedList<T> {
  const loadRef = useRef(loadPage)
  loadRef.current = loadPage
  const first = useRemote(() => loadRef.current(), deps)
  const [more, setMore] = useState<Page<T> | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<string | null>(null)
  const generation = useRef(0)

  const firstPage = first.status === 'ready' || first.status === 'empty' ? first.data : null
  useEffect(() => {
    generation.current += 1
    setMore(null)
    setMoreError(null)
    setLoadingMore(false)
  }, [firstPage])

  useOnChange(topic, first.retry)

  const nextCursor = more ? more.nextCursor : firstPage?.nextCursor

  function loadMore() {
    if (!nextCursor || loadingMore) return
    const mine = generation.current
    setLoadingMore(true)
    setMoreError(null)
    loadRef
      .current(nextCursor)
      .then(
        (page) => {
          if (mine !== generation.current) return
          setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }))
        },
        (error: unknown) => {
          if (mine === generation.current) setMoreError(toApiError(error).message)
        },
      )
      .finally(() => {
        if (mine === generation.current) setLoadingMore(false)
      })
  }

  const remote: Remote<Page<T>> =
    first.status === 'ready' && firstPage
      ? { status: 'ready', data: { items: [...firstPage.items, ...(more?.items ?? [])], nextCursor }, retry: first.retry }
      : first
  return { remote, loadMore, loadingMore, moreError }
}
