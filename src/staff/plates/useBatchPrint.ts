import { useState } from 'react'
import type { ActionOutput } from '@/types'
import { ApiError, call } from '../../api'
import { useRemote } from '../../hooks/useRemote'
import { useParam } from '@/hooks/useParam'

export type Poster = ActionOutput<'plates', 'listPosters'>['items'][number]

/**
 * Every plate of a batch (`?batchId=`) as it is printed, read page after page (each page's QR images
 * are made on the server, a page at a time) so that one document holds the whole batch.
 */
export function useBatchPrint() {
  const batchId = useParam('batchId') ?? ''
  const [loaded, setLoaded] = useState(0)
  const posters = useRemote(async () => {
    if (!batchId) throw new ApiError('INVALID_ARGUMENT', '没有指定批次。')
    const all: Poster[] = []
    let cursor: string | undefined
    setLoaded(0)
    do {
      const page = await call('plates', 'listPosters', { batchId, cursor })
      all.push(...page.items)
      setLoaded(all.length)
      cursor = page.nextCursor
    } while (cursor)
    return all
  }, [batchId])
  return { batchId, loaded, posters }
}
