import { Text, View } from '@tarojs/components'
import './index.css'

interface GuideSectionProps {
  title: string
  /** A paragraph, or a list (numbered when `numbered`). */
  text?: string
  items?: string[]
  numbered?: boolean
}

/** One part of a service guide: 要带什么, 怎么办 … in large, plain type. */
export default function GuideSection({ title, text, items, numbered = false }: GuideSectionProps) {
  if (!text && !(items && items.length)) return null
  return (
    <View className="jmt-card guide-section">
      <Text className="jmt-title guide-section__title">{title}</Text>
      {text ? <Text className="jmt-text guide-section__text">{text}</Text> : null}
      {items?.map((item, i) => (
        <View key={item} className="guide-section__item">
          <Text className="guide-section__mark">{numbered ? `${i + 1}.` : '·'}</Text>
          <Text className="jmt-text guide-section__text">{item}</Text>
        </View>
      ))}
    </View>
  )
}
