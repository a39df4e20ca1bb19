import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { Page } from '@/types/common'
import PageState, { type PageStateProps } from '@/components/PageState'
import type { PagedList } from '../../hooks/usePagedList'
import ListFoot from '../ListFoot'

interface ConsoleListProps<T> extends Omit<PageStateProps<Page<T>>, 'remote' | 'children'> {
  list: PagedList<T>
  /** One row of the list (a ListRow), with its key. */
  children: (item: T) => ReactNode
}

/** A console list read with usePagedList: the page states, its rows on one card, then ListFoot. */
export default function ConsoleList<T>({ list, children, ...states }: ConsoleListProps<T>) {
  return (
    <PageState remote={list.remote} {...states}>
      {({ items }) => (
        <>
          <View className="jmt-card">{items.map(children)}</View>
          <ListFoot list={list} />
        </>
      )}
    </PageState>
  )
}
