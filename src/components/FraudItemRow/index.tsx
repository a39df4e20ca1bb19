import { Text, View } from '@tarojs/components'
import './index.css'

interface FraudItemRowProps {
  /** 文章 or 案例, and the fraud type. */
  label: string
  title: string
  text: string
  onClick: () => void
}

/** An article or a case in a list: the whole card opens it. */
export default function FraudItemRow({ label, title, text, onClick }: FraudItemRowProps) {
  return (
    <View className="jmt-card fraud-item" hoverClass="fraud-item--pressed" onClick={onClick}>
      <Text className="jmt-kicker fraud-item__label">{label}</Text>
      <Text className="jmt-title fraud-item__title">{title}</Text>
      <Text className="jmt-secondary fraud-item__text">{text}</Text>
    </View>
  )
}
