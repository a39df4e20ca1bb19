import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PageUrl } from '@/types/routes'
import ActionButton from '../../components/ActionButton'
import FraudItemRow from '../../components/FraudItemRow'
import PagedMore from '../../components/PagedMore'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { call } from '../../api'
import { useTypeParam } from '../hooks'
import { FRAUD_KINDS, fraudTypeLabel } from '../kinds'
import { fraudUrls } from '../urls'
import { useShareCard } from '../../hooks/useShareCard'
import { usePaged } from '../../hooks/usePaged'
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
      <Text className="jmt-section-title">防骗文章</Text>
      <PageState remote={articles.remote} compact loadingText="正在加载文章…" emptyTitle="这一类还没有文章">
        {({ items }) => (
          <View>
            {items.map((a) => (
              <FraudItemRow
                key={a.id}
                label={`文章 · ${fraudTypeLabel(a.type)}`}
                title={a.title}
                text={a.summary}
                onClick={() => open(fraudUrls.article(a.id))}
              />
            ))}
          </View>
        )}
      </PageState>
      <PagedMore paged={articles} />
      <Text className="jmt-section-title">案例</Text>
      <PageState remote={cases.remote} compact loadingText="正在加载案例…" emptyTitle="这一类还没有案例">
        {({ items }) => (
          <View>
            {items.map((c) => (
              <FraudItemRow key={c.id} label={`案例 · ${fraudTypeLabel(c.type)}`} title={c.title} text={c.excerpt} onClick={() => open(fraudUrls.case(c.id))} />
            ))}
          </View>
        )}
      </PageState>
      <PagedMore paged={cases} />
      <View className="fraud-read__more">
        <ActionButton onClick={() => open(fraudUrls.quiz(type))}>{kind ? `做一做“${kind.name}”测验` : '做一做防骗测验'}</ActionButton>
      </View>
    </Page>
  )
}
