import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PageUrl } from '@/types/page-url'
import './index.css'

interface EntryRowProps {
  title: string
  hint?: string
  /** The page a tap opens. */
  url?: PageUrl
  /** What a tap does instead, when it does not simply open a page. */
  onClick?: () => void
}

/** A full-width row that opens another page. */
export default function EntryRow({ title, hint, url, onClick }: EntryRowProps) {
  const open = url ? () => void Taro.navigateTo({ url }) : onClick
  return (
    <View className="jmt-card entry-row" hoverClass="entry-row--pressed" onClick={open}>
      <View className="entry-row__words">
        <Text className="jmt-title">{title}</Text>
        {hint ? <Text className="jmt-hint">{hint}</Text> : null}
      </View>
      <Text className="entry-row__arrow">›</Text>
    </View>
  )
}
