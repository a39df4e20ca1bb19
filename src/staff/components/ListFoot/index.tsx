import PagedMore from '@/components/PagedMore'
import type { PagedList } from '../../hooks/usePagedList'
import Pager from '../Pager'

interface ListFootProps<T> {
  list: PagedList<T>
  /** Said under the last row on a phone once all is shown. */
  endText?: string
}

/** The foot of a console list: page numbers on a desk-wide screen, 加载更多 on a phone. */
export default function ListFoot<T>({ list, endText = '已经全部显示' }: ListFootProps<T>) {
  if (list.pager) return <Pager pager={list.pager} busy={list.remote.status === 'loading'} />
  return <PagedMore paged={list} endText={endText} />
}
