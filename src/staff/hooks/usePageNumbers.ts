import { useState } from 'react'
import type { Page } from '@/types/common'
import { useLatest } from '../../hooks/useLatest'
import { type Remote, useRemoteFor } from '../../hooks/useRemote'
import { depsKey } from '../../hooks/deps-key'

export interface PageNumbers {
  /** 1-based number of the page on screen. */
  page: number
  /** How many pages can be opened by number: every page read so far, and the one after the last if there is one. */
  pages: number
  go: (page: number) => void
}

export interface NumberedPages<T> {
  /** The page on screen only. */
  remote: Remote<Page<T>>
  pager: PageNumbers
}

interface Position {
  /** The deps the cursors below belong to: a new filter starts again from page 1. */
  key: string
  index: number
  /** cursors[i] opens page i + 1; page 1 has none. */
  cursors: (string | undefined)[]
}

const start = (key: string): Position => ({ key, index: 0, cursors: [undefined] })

/**
 * A list read one page at a time, opened by page number. Every list answers a cursor, not a count, so
 * page N can be opened once page N − 1 has been read: the pager offers the pages read so far and the
 * next one.
 */
export function usePageNumbers<T>(loadPage: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[]): NumberedPages<T> {
  const key = depsKey(deps)
  const loadRef = useLatest(loadPage)
  const [stored, setPosition] = useState<Position>(() => start(key))
  const position = stored.key === key ? stored : start(key)
  const { index } = position
  const cursor = position.cursors[index]
  const remote = useRemoteFor(JSON.stringify([key, index, cursor ?? null]), () => loadRef.current(cursor))
  // The page on screen tells where the next one starts; an answer with another next cursor than the
  // one kept (rows added or removed) makes the later pages unknown. Derived, so an answer for an
  // earlier filter or page can never move this one.
  const nextCursor = remote.status === 'ready' ? remote.data.nextCursor : undefined
  const cursors = nextCursor && position.cursors[index + 1] !== nextCursor ? [...position.cursors.slice(0, index + 1), nextCursor] : position.cursors

  const go = (page: number) => {
    const to = page - 1
    if (to >= 0 && to < cursors.length) setPosition({ key, index: to, cursors })
  }
  return { remote, pager: { page: index + 1, pages: cursors.length, go } }
}
