import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ActionButton from '../../components/ActionButton'
import FraudArticleBody from '../../components/FraudArticleBody'
import FraudCallBar from '../../components/FraudCallBar'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { useArticle } from '../hooks'
import { fraudTypeLabel } from '../kinds'
import { fraudUrls } from '../urls'
import { useShareCard } from '../../hooks/useShareCard'
import type { ShareCard } from '../../device/share'
import '../reading.css'

/** One article, as a family member's shared link opens it: large, plain, 96110 and 110 under it. */
export default function ArticlePage() {
  const { id, article } = useArticle()
  const card = (): ShareCard => ({
    title: article.status === 'ready' ? `【防骗必看】${article.data.title}` : '这种骗局专骗身边人，一定看看',
    path: fraudUrls.article(id ?? ''),
  })
  useShareCard(card)
  return (
    <Page>
      <PageState remote={article} loadingText="正在打开文章…" emptyTitle="没有找到这篇文章" errorTitles={{ NOT_FOUND: '这篇文章找不到了' }}>
        {(a) => (
          <View>
            <Text className="fraud-read__type">{fraudTypeLabel(a.type)}</Text>
            <Text className="jmt-hero fraud-read__title">{a.title}</Text>
            <Text className="jmt-label fraud-read__summary">{a.summary}</Text>
            <FraudArticleBody blocks={a.body} />
            <FraudCallBar share={card()} />
            <View className="fraud-read__more">
              <ActionButton tone="quiet" onClick={() => Taro.navigateTo({ url: fraudUrls.quiz(a.type) })}>
                做几道题，看看自己能不能识破
              </ActionButton>
            </View>
          </View>
        )}
      </PageState>
      <View className="fraud-read__more">
        <ActionButton tone="secondary" onClick={() => Taro.switchTab({ url: fraudUrls.tab })}>
          更多防骗知识
        </ActionButton>
      </View>
    </Page>
  )
}
