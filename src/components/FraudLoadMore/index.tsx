import { Text, View } from '@tarojs/components'
import type { Paged } from '../../fraud/usePaged'
import ActionButton from '../ActionButton'

/** 加载更多 under a list while there is more; nothing when all is shown. */
export default function FraudLoadMore<T>({ list }: { list: Paged<T> }) {
  const hasMore = list.remote.status === 'ready' && Boolean(list.remote.data.nextCursor)
  if (!hasMore) return null
  return (
    <View className='fraud-load-more'>
      {list.moreError ? <Text className='jmt-muted'>{list.moreError}</Text> : null}
      <ActionButton tone='secondary' disabled={list.loadingMore} onClick={list.loadMore}>
        {list.loadingMore ? '正在加载…' : list.moreError ? '再试一次' : '加载更多'}
      </ActionButton>
    </View>
  )
}
