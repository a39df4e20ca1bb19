import { Text } from '@tarojs/components'

/** A short state word inside a table cell, e.g. 已停用; `warning` for states that need attention. */
export default function DeskTag({ text, tone = 'plain' }: { text: string; tone?: 'plain' | 'warning' }) {
  return <Text className={`desk-table__tag desk-table__tag--${tone}`}>{text}</Text>
}
