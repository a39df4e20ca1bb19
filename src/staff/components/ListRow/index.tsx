import { Text, View } from '@tarojs/components'
import './index.css'

interface ListRowProps {
  title: string
  lines: string[]
  /** A short tag after the title, e.g. 已停用. */
  tag?: string
  tagTone?: 'plain' | 'warning'
  /** Shown on the right, e.g. a count. */
  aside?: string
  onClick?: () => void
}

/** One row of a console list; with `onClick` the whole row opens the item. */
export default function ListRow({ title, lines, tag, tagTone = 'plain', aside, onClick }: ListRowProps) {
  return (
    <View className={onClick ? 'list-row list-row--open' : 'list-row'} hoverClass={onClick ? 'list-row--pressed' : 'none'} onClick={onClick}>
      <View className="list-row__words">
        <View className="jmt-row">
          <Text className="jmt-label list-row__title">{title}</Text>
          {tag ? <Text className={tagTone === 'warning' ? 'jmt-tag jmt-tag--danger' : 'jmt-tag'}>{tag}</Text> : null}
        </View>
        {lines.filter(Boolean).map((line) => (
          <Text className="jmt-hint list-row__line" key={line}>
            {line}
          </Text>
        ))}
      </View>
      {aside ? <Text className="list-row__aside">{aside}</Text> : null}
      {onClick ? <Text className="list-row__arrow">›</Text> : null}
    </View>
  )
}
