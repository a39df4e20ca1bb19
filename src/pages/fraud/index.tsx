import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PageUrl } from '@/types/page-url'
import type { FraudType } from '@/types/fraud'
import ActionButton from '../../components/ActionButton'
import FraudAppCard from '../../components/FraudAppCard'
import FraudCallBar from '../../components/FraudCallBar'
import FraudKindGrid from '../../components/FraudKindGrid'
import FraudTipCard from '../../components/FraudTipCard'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { useFraudTypes, useLatestArticles, useLatestCases } from '../../fraud/hooks'
import { ArticleList, CaseList } from '../../fraud/ItemLists'
import { FRAUD_KINDS } from '../../fraud/kinds'
import { fraudUrls } from '../../fraud/urls'
import { useDailyTip } from '../../hooks/useDailyTip'
import { useShareCard } from '../../hooks/useShareCard'
import ShareButton from '../../components/ShareButton'
import type { ShareCard } from '../../device/share'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

const open = (url: PageUrl) => Taro.navigateTo({ url })

/** The share id of the tip's button: its card carries the tip, the page menu's the tab. */
const TIP_SHARE = 'tip'

export default function FraudPage() {
  const tip = useDailyTip()
  const types = useFraudTypes()
  const articles = useLatestArticles()
  const cases = useLatestCases()
  const tabCard: ShareCard = { title: '这几种骗局专骗老人，转给爸妈看看', path: fraudUrls.tab }
  const tipCard = (text: string): ShareCard => ({ title: `今日防骗提醒：${text}`, text: `今日防骗提醒：${text}`, path: fraudUrls.tab })
  useShareCard((shareId) => (shareId === TIP_SHARE && tip.status === 'ready' && tip.data ? tipCard(tip.data.text) : tabCard))
  const counts = types.status === 'ready' ? (Object.fromEntries(types.data.map((t) => [t.type, t.articles])) as Partial<Record<FraudType, number>>) : undefined
  return (
    <Page>
      <SectionTitle>今日防骗提醒</SectionTitle>
      <PageState remote={tip} compact loadingText="正在获取今日提醒…" emptyTitle="今天的提醒还没有发布" emptyHint="先看看下面这些常见骗局。">
        {(today) =>
          today ? (
            <View>
              <FraudTipCard tip={today} />
              <ShareButton label="把今天的提醒转给家人" card={tipCard(today.text)} shareId={TIP_SHARE} />
            </View>
          ) : null
        }
      </PageState>

      <View className="jmt-card fraud__quiz">
        <Text className="jmt-title fraud__quiz-title">防骗小测验</Text>
        <Text className="jmt-secondary fraud__quiz-text">10 道题，每答一题马上告诉您对不对、为什么。</Text>
        <ActionButton onClick={() => open(fraudUrls.quiz())}>开始测验</ActionButton>
        <View className="fraud__quiz-more">
          <ActionButton tone="quiet" onClick={() => open(fraudUrls.mistakes)}>
            错题本：把答错的题再做一遍
          </ActionButton>
        </View>
      </View>

      <FraudAppCard />

      <SectionTitle>常见骗局，点开看看</SectionTitle>
      <FraudKindGrid kinds={FRAUD_KINDS} counts={counts} onOpenType={(type) => open(fraudUrls.list(type))} />

      <SectionTitle>最新防骗文章</SectionTitle>
      <ArticleList remote={articles} emptyTitle="还没有发布文章" />

      <SectionTitle>身边的案例</SectionTitle>
      <CaseList remote={cases} emptyTitle="还没有发布案例" />
      <ActionButton tone="secondary" onClick={() => open(fraudUrls.list())}>
        全部文章和案例
      </ActionButton>

      <SectionTitle className="fraud__calls-title">拿不准？打电话问</SectionTitle>
      <FraudCallBar share={tabCard} />
    </Page>
  )
}
