import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import './index.css'

interface LoadMoreProps {
  hasMore: boolean
  loading: boolean
  error: string | null
  onLoadMore: () => void
  /** Said under the last row when there is nothing more. */
  endText?: string
}

/** The foot of a paged list: 加载更多 while there is more, a quiet end line after. */
export default function LoadMore({ hasMore, loading, error, onLoadMore, endText = '已经全部显示' }: LoadMoreProps) {
  if (!hasMore) return <Text className="jmt-hint load-more__end">{endText}</Text>
  return (
    <View className="load-more">
      {error ? <Text className="load-more__error">{error}</Text> : null}
      <ActionButton tone="secondary" disabled={loading} onClick={onLoadMore}>
        {loading ? '正在加载…' : error ? '再试一次' : '加载更多'}
      </ActionButton>
    </View>
  )
}
