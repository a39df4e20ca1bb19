import type { PagedList } from '../../hooks/usePagedList'
import LoadMore from '../LoadMore'
import Pager from '../Pager'

interface ListFootProps {
  list: PagedList<unknown>
  /** Whether the list answered a next cursor (the phone's 加载更多). */
  hasMore: boolean
  endText?: string
}

/** The foot of a console list: page numbers on a desk-wide screen, 加载更多 on a phone. */
export default function ListFoot({ list, hasMore, endText }: ListFootProps) {
  if (list.pager) return <Pager pager={list.pager} busy={list.remote.status === 'loading'} />
  return <LoadMore hasMore={hasMore} loading={list.loadingMore} error={list.moreError} onLoadMore={list.loadMore} endText={endText} />
}
