import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PageUrl } from '@/types/page-url'
import ActionButton from '../../components/ActionButton'
import PagedMore from '../../components/PagedMore'
import Page from '../../components/Page'
import { call } from '../../api'
import { useTypeParam } from '../link-hooks'
import { ArticleList, CaseList } from '../ItemLists'
import { FRAUD_KINDS } from '../kinds'
import { fraudUrls } from '../urls'
import { useShareCard } from '../../hooks/useShareCard'
import { usePaged } from '../../hooks/usePaged'
import SectionTitle from '@/components/SectionTitle'
import '../reading.css'

const PAGE = 10

/** The articles and cases of one fraud type (or of all), newest first. */
export default function FraudListPage() {
  const type = useTypeParam()
  const kind = FRAUD_KINDS.find((k) => k.id === type)
  const articles = usePaged((cursor) => call('fraud', 'listArticles', { limit: PAGE, cursor, ...(type ? { type } : {}) }), [type])
  const cases = usePaged((cursor) => call('fraud', 'listCases', { limit: PAGE, cursor, ...(type ? { type } : {}) }), [type])
  useShareCard(() => ({ title: kind ? `小心“${kind.name}”骗局，这些套路要认得` : '防骗文章和案例，转给家人看看', path: fraudUrls.list(type) }))
  const open = (url: PageUrl) => Taro.navigateTo({ url })
  return (
    <Page>
      <Text className="jmt-hero fraud-read__title">{kind ? kind.name : '全部文章和案例'}</Text>
      {kind ? (
        <View className="jmt-label fraud-read__summary">
          <Text>{kind.advice}</Text>
        </View>
      ) : null}
      <SectionTitle>防骗文章</SectionTitle>
      <ArticleList remote={articles.remote} emptyTitle="这一类还没有文章" />
      <PagedMore paged={articles} />
      <SectionTitle>案例</SectionTitle>
      <CaseList remote={cases.remote} emptyTitle="这一类还没有案例" />
      <PagedMore paged={cases} />
      <View className="fraud-read__more">
        <ActionButton onClick={() => open(fraudUrls.quiz(type))}>{kind ? `做一做“${kind.name}”测验` : '做一做防骗测验'}</ActionButton>
      </View>
    </Page>
  )
}
