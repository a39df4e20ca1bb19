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
      <Text className="notice-card__title">{title}</Text>
      {text ? <Text className="notice-card__text">{text}</Text> : null}
    </View>
  )
}
