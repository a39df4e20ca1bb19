import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ActionButton from '../../components/ActionButton'
import FraudCallBar from '../../components/FraudCallBar'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { useCase } from '../hooks'
import { fraudTypeLabel } from '../kinds'
import { fraudUrls } from '../urls'
import { useShareCard } from '../../hooks/useShareCard'
import type { ShareCard } from '../../device/share'
import '../reading.css'

/** One case: what happened, where it went wrong, what to remember. */
export default function CasePage() {
  const { id, fraudCase } = useCase()
  const card = (): ShareCard => ({
    title: fraudCase.status === 'ready' ? `真事：${fraudCase.data.title}，你身边也可能发生` : '身边的真实骗局，一定看看',
    path: fraudUrls.case(id ?? ''),
  })
  useShareCard(card)
  return (
    <Page>
      <PageState remote={fraudCase} loadingText="正在打开案例…" emptyTitle="没有找到这个案例" errorTitles={{ NOT_FOUND: '这个案例找不到了' }}>
        {(c) => (
          <View>
            <Text className="fraud-read__type">{fraudTypeLabel(c.type)}</Text>
            <Text className="jmt-hero fraud-read__title">{c.title}</Text>
            <Text className="jmt-title fraud-read__section">事情经过</Text>
            <Text className="jmt-text fraud-read__paragraph">{c.story}</Text>
            <Text className="jmt-title fraud-read__section">错在哪里</Text>
            <View className="fraud-read__mistake">
              <Text>{c.mistake}</Text>
            </View>
            <Text className="jmt-title fraud-read__section">记住这一条</Text>
            <View className="fraud-read__lesson">
              <Text>{c.lesson}</Text>
            </View>
            <FraudCallBar share={card()} />
            <View className="fraud-read__more">
              <ActionButton tone="quiet" onClick={() => Taro.navigateTo({ url: fraudUrls.list(c.type) })}>
                这类骗局的更多文章
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
