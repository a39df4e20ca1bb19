import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { Page } from '@/types/common'
import type { Paged } from '../../hooks/usePaged'
import PagedMore from '../PagedMore'
import PageState, { type PageStateProps } from '../PageState'

interface PagedListProps<T> extends Omit<PageStateProps<Page<T>>, 'remote' | 'children'> {
  paged: Paged<T>
  /** One item of the list, with its key. */
  children: (item: T) => ReactNode
}

/** A list read with usePaged, through the page states, its items one under another, 加载更多 at the foot. */
export default function PagedList<T>({ paged, children, ...states }: PagedListProps<T>) {
  return (
    <PageState remote={paged.remote} {...states}>
      {({ items }) => (
        <View>
          {items.map(children)}
          <PagedMore paged={paged} />
        </View>
      )}
    </PageState>
  )
}
