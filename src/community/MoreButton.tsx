import { Text, View } from '@tarojs/components'
import ActionButton from '../components/ActionButton'
import type { Paged } from './usePaged'

/** The foot of a paged list: 加载更多 while there is more. */
export default function MoreButton({ paged }: { paged: Paged<unknown> }) {
  const { remote, loadMore, loadingMore, moreError } = paged
  if (remote.status !== 'ready' || !remote.data.nextCursor) return null
  return (
    <View className='community-more'>
      {moreError ? <Text className='jmt-muted'>{moreError}</Text> : null}
      <ActionButton tone='secondary' disabled={loadingMore} onClick={loadMore}>
        {loadingMore ? '正在加载…' : moreError ? '再试一次' : '加载更多'}
      </ActionButton>
    </View>
  )
}
