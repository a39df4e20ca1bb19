import { useEffect, useRef, useState } from 'react'
import type { Page } from '../../types/common'
import { toApiError } from '../api/errors'
import { type Remote, useRemote } from '../hooks/useRemote'

export interface Paged<T> {
  /** The first page and every page after it, as one list. */
  remote: Remote<Page<T>>
  loadMore: () => void
  loadingMore: boolean
  moreError: string | null
}

/** A list read page by page with `nextCursor`: the first page through the page states, then 加载更多. */
export function usePaged<T>(loadPage: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[] = []): Paged<T> {
  const loadRef = useRef(loadPage)
  loadRef.current = loadPage
  const first = useRemote(() => loadRef.current(), deps)
  const [more, setMore] = useState<Page<T> | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<string | null>(null)
  const firstPage = first.status === 'ready' ? first.data : null

  useEffect(() => {
    setMore(null)
    setMoreError(null)
  }, [firstPage])

  const nextCursor = more ? more.nextCursor : firstPage?.nextCursor

  function loadMore() {
    if (!nextCursor || loadingMore) return
    setLoadingMore(true)
    setMoreError(null)
    loadRef
      .current(nextCursor)
      .then(
        (page) => setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor })),
        (error: unknown) => setMoreError(toApiError(error).message),
      )
      .finally(() => setLoadingMore(false))
  }

  const remote: Remote<Page<T>> =
    first.status === 'ready' && firstPage ? { status: 'ready', data: { items: [...firstPage.items, ...(more?.items ?? [])], nextCursor }, retry: first.retry } : first
  return { remote, loadMore, loadingMore, moreError }
}
