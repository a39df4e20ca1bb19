import { type Paged, usePaged } from '../../hooks/usePaged'
import { type ConsoleTopic, useOnChange } from '../changes'

export type PagedList<T> = Paged<T>

/**
 * A console list read page by page (see usePaged): `deps` (e.g. filters) start again from the first
 * page; so does a change announced on `topic` by another console page.
 */
export function usePagedList<T>(loadPage: Parameters<typeof usePaged<T>>[0], deps: readonly unknown[], topic?: ConsoleTopic): PagedList<T> {
  const paged = usePaged<T>(loadPage, deps)
  useOnChange(topic, paged.remote.retry)
  return paged
}
