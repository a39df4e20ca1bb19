import type { Page } from '../../../types/common'
import { type Paged, usePagedFor } from '../../hooks/usePaged'
import { type ConsoleTopic, useOnChange } from '../changes'
import { useDeskWidth } from './useDeskWidth'
import { type PageNumbers, usePageNumbers } from './usePageNumbers'
import { depsKey } from '../../hooks/deps-key'

/** Rows a page on a phone (read on with 加载更多) and on a station PC (one numbered page at a time). */
export const PHONE_PAGE_SIZE = 20
export const DESK_PAGE_SIZE = 50

export interface PagedList<T> extends Paged<T> {
  /** Set on a desk-wide screen: the list shows one numbered page, not a growing list. */
  pager: PageNumbers | null
}

const NOTHING: Promise<Page<never>> = Promise.resolve({ items: [] })

/**
 * A console list read page by page: on a phone with 加载更多 (see usePaged), on a screen 1024 px or
 * wider 50 rows a numbered page. `loadPage` is given the page size to ask for. `deps` (e.g. filters)
 * start again from the first page; so does a change announced on `topic` by another console page.
 */
export function usePagedList<T>(
  loadPage: (cursor: string | undefined, limit: number) => Promise<Page<T>>,
  deps: readonly unknown[],
  topic?: ConsoleTopic,
): PagedList<T> {
  const desk = useDeskWidth()
  // Both readers stay mounted (hooks cannot come and go); only the one for this width asks the cloud.
  const key = depsKey([...deps, desk])
  const growing = usePagedFor<T>(key, (cursor) => (desk ? NOTHING : loadPage(cursor, PHONE_PAGE_SIZE)))
  const numbered = usePageNumbers<T>((cursor) => (desk ? loadPage(cursor, DESK_PAGE_SIZE) : NOTHING), [...deps, desk])
  const shown: PagedList<T> = desk
    ? { remote: numbered.remote, loadMore: () => undefined, loadingMore: false, moreError: null, pager: numbered.pager }
    : { ...growing, pager: null }
  useOnChange(topic, shown.remote.retry)
  return shown
}
