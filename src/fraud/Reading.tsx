import { Text, View } from '@tarojs/components'
import type { Article, FraudCase } from '@/types/fraud'
import FraudArticleBody from '../components/FraudArticleBody'
import { fraudTypeLabel } from './kinds'
import './reading.css'

/** An article as residents read it (and staff preview it): its kind, title, summary and blocks. */
export function ArticleReading({ article }: { article: Pick<Article, 'type' | 'title' | 'summary' | 'body'> }) {
  return (
    <View>
      <Text className="fraud-read__type">{fraudTypeLabel(article.type)}</Text>
      <Text className="jmt-hero fraud-read__title">{article.title}</Text>
      <Text className="jmt-label fraud-read__summary">{article.summary}</Text>
      <FraudArticleBody blocks={article.body} />
    </View>
  )
}

/** A case as residents read it (and staff preview it): what happened, where it went wrong, what to remember. */
export function CaseReading({ fraudCase }: { fraudCase: Pick<FraudCase, 'type' | 'title' | 'story' | 'mistake' | 'lesson'> }) {
  return (
    <View>
      <Text className="fraud-read__type">{fraudTypeLabel(fraudCase.type)}</Text>
      <Text className="jmt-hero fraud-read__title">{fraudCase.title}</Text>
      <Text className="jmt-title fraud-read__section">事情经过</Text>
      <Text className="jmt-text fraud-read__paragraph">{fraudCase.story}</Text>
      <Text className="jmt-title fraud-read__section">错在哪里</Text>
      <View className="fraud-read__mistake">
        <Text>{fraudCase.mistake}</Text>
      </View>
      <Text className="jmt-title fraud-read__section">记住这一条</Text>
      <View className="fraud-read__lesson">
        <Text>{fraudCase.lesson}</Text>
      </View>
    </View>
  )
}
