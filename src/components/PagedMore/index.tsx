import { Text, View } from '@tarojs/components'
import type { Paged } from '../../hooks/usePaged'
import ActionButton from '../ActionButton'
import './index.css'

/** The foot of a list read with usePaged: 加载更多 while there is more, nothing once all is shown. */
export default function PagedMore<T>({ paged }: { paged: Paged<T> }) {
  const { remote, loadMore, loadingMore, moreError } = paged
  if (remote.status !== 'ready' || !remote.data.nextCursor) return null
  return (
    <View className="paged-more">
      {moreError ? <Text className="jmt-muted">{moreError}</Text> : null}
      <ActionButton tone="secondary" disabled={loadingMore} onClick={loadMore}>
        {loadingMore ? '正在加载…' : moreError ? '再试一次' : '加载更多'}
      </ActionButton>
    </View>
  )
}
