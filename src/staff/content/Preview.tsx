import { Text, View } from '@tarojs/components'
import FraudArticleBody from '../../components/FraudArticleBody'
import FraudQuestion from '../../components/FraudQuestion'
import FraudTipCard from '../../components/FraudTipCard'
import { fraudTypeLabel } from '../../fraud/kinds'
import { blockOf, type ContentForm } from './drafts'
import '../../fraud/reading.css'

/** What residents will see, drawn by the same components as their pages. */
export default function ContentPreview({ form }: { form: ContentForm }) {
  switch (form.kind) {
    case 'article':
      return (
        <View>
          <Text className="fraud-read__type">{fraudTypeLabel(form.type)}</Text>
          <Text className="jmt-hero fraud-read__title">{form.title || '（还没有标题）'}</Text>
          <Text className="jmt-label fraud-read__summary">{form.summary || '（还没有摘要）'}</Text>
          <FraudArticleBody blocks={form.body.map(blockOf)} />
        </View>
      )
    case 'case':
      return (
        <View>
          <Text className="fraud-read__type">{fraudTypeLabel(form.type)}</Text>
          <Text className="jmt-hero fraud-read__title">{form.title || '（还没有标题）'}</Text>
          <Text className="jmt-title fraud-read__section">事情经过</Text>
          <Text className="jmt-text fraud-read__paragraph">{form.story}</Text>
          <Text className="jmt-title fraud-read__section">错在哪里</Text>
          <View className="fraud-read__mistake">
            <Text>{form.mistake}</Text>
          </View>
          <Text className="jmt-title fraud-read__section">记住这一条</Text>
          <View className="fraud-read__lesson">
            <Text>{form.lesson}</Text>
          </View>
        </View>
      )
    case 'question':
      return (
        <FraudQuestion
          counter="答题后看到的样子"
          stem={form.stem}
          options={form.options}
          chosen={form.answer}
          reveal={{ answer: form.answer, explanation: form.explanation }}
        />
      )
    case 'tip':
      return <FraudTipCard tip={{ id: 'preview', text: form.text || '（还没有内容）', ...(form.type ? { type: form.type } : {}) }} />
  }
}
