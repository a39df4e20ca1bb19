import { Text, View } from '@tarojs/components'
import type { Paged } from '../../hooks/usePaged'
import ActionButton from '../ActionButton'
import './index.css'

interface PagedMoreProps<T> {
  paged: Paged<T>
  /** Said under the last row once all is shown (the console's lists); by default nothing is. */
  endText?: string
}

/** The foot of a list read with usePaged: 加载更多 while there is more, then `endText` or nothing. */
export default function PagedMore<T>({ paged, endText }: PagedMoreProps<T>) {
  const { remote, loadMore, loadingMore, moreError } = paged
  if (remote.status !== 'ready') return null
  if (!remote.data.nextCursor) return endText ? <Text className="jmt-hint paged-more__end">{endText}</Text> : null
  return (
    <View className="paged-more">
      {moreError ? <Text className="paged-more__error">{moreError}</Text> : null}
      <ActionButton tone="secondary" disabled={loadingMore} onClick={loadMore}>
        {loadingMore ? '正在加载…' : moreError ? '再试一次' : '加载更多'}
      </ActionButton>
    </View>
  )
}
