import { Text, View } from '@tarojs/components'
import './index.css'

interface EntryRowProps {
  title: string
  hint?: string
  onClick: () => void
}

/** A full-width row that opens another page. */
export default function EntryRow({ title, hint, onClick }: EntryRowProps) {
  return (
    <View className="jmt-card entry-row" hoverClass="entry-row--pressed" onClick={onClick}>
      <View className="entry-row__words">
        <Text className="jmt-title">{title}</Text>
        {hint ? <Text className="jmt-hint">{hint}</Text> : null}
      </View>
      <Text className="entry-row__arrow">›</Text>
    </View>
  )
}
