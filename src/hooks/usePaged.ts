import { useEffect, useRef, useState } from 'react'
import type { Page } from '../../types/common'
import { toApiError } from '../api/errors'
import { type Remote, useRemote } from './useRemote'

export interface Paged<T> {
  /** Every page loaded so far, as one list. */
  remote: Remote<Page<T>>
  loadMore: () => void
  loadingMore: boolean
  moreError: string | null
}

/** A list read page by page: the first through the page states, the rest with 加载更多. */
export function usePaged<T>(loadPage: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[] = []): Paged<T> {
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
          if (mine === generation.current) setMore((prev) => ({ items: [...(prev?.items ?? []), ...page.items], nextCursor: page.nextCursor }))
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
