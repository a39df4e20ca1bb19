import { Image, Text, View } from '@tarojs/components'
import type { ArticleBlock } from '@/types/fraud'
import './index.css'

interface FraudArticleBodyProps {
  blocks: readonly ArticleBlock[]
}

/**
 * An article's body, one block after another: paragraphs, the tell-tale signs (a red-edged list)
 * and what to do (numbered steps). The console's preview uses the same component.
 */
export default function FraudArticleBody({ blocks }: FraudArticleBodyProps) {
  return (
    <View className="fraud-body">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'paragraph':
            return (
              <Text className="jmt-text fraud-body__paragraph" key={i}>
                {block.text}
              </Text>
            )
          case 'signs':
            return (
              <View className="fraud-body__box fraud-body__box--signs" key={i}>
                <Text className="jmt-title fraud-body__box-title">骗子的套路，看到就要警惕</Text>
                {block.items.map((item, j) => (
                  <View className="fraud-body__item" key={j}>
                    <Text className="fraud-body__mark">!</Text>
                    <Text className="fraud-body__item-text">{item}</Text>
                  </View>
                ))}
              </View>
            )
          case 'steps':
            return (
              <View className="fraud-body__box fraud-body__box--steps" key={i}>
                <Text className="jmt-title fraud-body__box-title">遇到了，这样做</Text>
                {block.items.map((item, j) => (
                  <View className="fraud-body__item" key={j}>
                    <Text className="fraud-body__mark">{j + 1}</Text>
                    <Text className="fraud-body__item-text">{item}</Text>
                  </View>
                ))}
              </View>
            )
          case 'image':
            return (
              <View className="fraud-body__figure" key={i}>
                <Image className="fraud-body__image" src={block.url} mode="widthFix" aria-label={block.alt} />
                <Text className="jmt-hint fraud-body__caption">{block.alt}</Text>
              </View>
            )
        }
      })}
    </View>
  )
}
