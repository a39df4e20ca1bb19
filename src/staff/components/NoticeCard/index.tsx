import { Text, View } from '@tarojs/components'
import './index.css'

interface NoticeCardProps {
  title: string
  text?: string
  tone?: 'info' | 'warning'
}

/** A short message in a card: a refusal, a state worth knowing, what happens next. */
export default function NoticeCard({ title, text, tone = 'info' }: NoticeCardProps) {
  return (
    <View className={`jmt-card notice-card notice-card--${tone}`}>
      <Text className="jmt-label">{title}</Text>
      {text ? <Text className="jmt-hint notice-card__text">{text}</Text> : null}
    </View>
  )
}
