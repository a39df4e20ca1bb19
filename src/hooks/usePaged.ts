import { useState } from 'react'
import type { Page } from '../../types/common'
import { toApiError } from '../api/errors'
import { useLatest } from './useLatest'
import { type Remote, useRemoteFor } from './useRemote'
import { depsKey } from './deps-key'

export interface Paged<T> {
  /** Every page loaded so far, as one list. */
  remote: Remote<Page<T>>
  loadMore: () => void
  loadingMore: boolean
  moreError: string | null
}

/** The pages read after the first, kept with the first page they follow: a new first page starts them over. */
interface Tail<T> {
  after: Page<T> | null
  /** Every later page read so far, as one page: its cursor is the last one's. */
  more: Page<T> | null
  loading: boolean
  error: string | null
}

const noTail = <T>(after: Page<T> | null): Tail<T> => ({ after, more: null, loading: false, error: null })

/** A list read page by page: the first through the page states, the rest with 加载更多. `deps` start it over. */
export function usePaged<T>(loadPage: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[] = []): Paged<T> {
  return usePagedFor(depsKey(deps), loadPage)
}

/** usePaged for hooks that pass their callers' dependencies on: a new `key` starts the list over. */
export function usePagedFor<T>(key: string, loadPage: (cursor?: string) => Promise<Page<T>>): Paged<T> {
  const loadRef = useLatest(loadPage)
  const first = useRemoteFor(key, () => loadRef.current())
  const firstPage = first.status === 'ready' || first.status === 'empty' ? first.data : null
  const [stored, setTail] = useState<Tail<T>>(() => noTail(null))
  const tail = stored.after === firstPage ? stored : noTail(firstPage)

  const nextCursor = tail.more ? tail.more.nextCursor : firstPage?.nextCursor
  function loadMore() {
    if (!nextCursor || tail.loading || !firstPage) return
    setTail((now) => ({ ...(now.after === firstPage ? now : noTail(firstPage)), loading: true, error: null }))
    // Answers for a first page that has since been replaced (a retry, new filters) are dropped.
    const answer = (change: (now: Tail<T>) => Tail<T>) => setTail((now) => (now.after === firstPage ? change(now) : now))
    loadRef.current(nextCursor).then(
      (page) => answer((now) => ({ ...now, more: { items: [...(now.more?.items ?? []), ...page.items], nextCursor: page.nextCursor }, loading: false })),
      (error: unknown) => answer((now) => ({ ...now, loading: false, error: toApiError(error).message })),
    )
  }
  const remote: Remote<Page<T>> =
    first.status === 'ready' && firstPage
      ? { status: 'ready', data: { items: [...firstPage.items, ...(tail.more?.items ?? [])], nextCursor }, retry: first.retry }
      : first
  return { remote, loadMore, loadingMore: tail.loading, moreError: tail.error }
}
