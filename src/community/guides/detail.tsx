import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import GuideSection from '../../components/GuideSection'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { communityUrls } from '../../components/ReportLinks/urls'
import { useRemote } from '../../hooks/useRemote'
import { useParam } from '@/hooks/useParam'
import '../pages.css'

/** One guide, in the order a person needs it: what for, who, what to bring, how, where, cost, how long. */
export default function GuideDetailPage() {
  const id = useParam('id') ?? ''
  const guide = useRemote(() => call('community', 'getGuide', { id }), [id], { isEmpty: () => false })
  return (
    <Page>
      <PageState remote={guide} loadingText="正在打开指南…" emptyTitle="没有找到这份指南" errorTitles={{ NOT_FOUND: '没有找到这份指南' }}>
        {(g) => (
          <View>
            <Text className="jmt-hero community-detail__title">{g.title}</Text>
            <GuideSection title="办什么" text={g.purpose} />
            <GuideSection title="谁可以办" items={g.eligibility} />
            <GuideSection title="要带什么" items={g.materials} />
            <GuideSection title="怎么办" items={g.steps} numbered />
            <GuideSection title="在哪里办、什么时间" text={g.where} />
            <GuideSection title="收费" text={g.fees} />
            <GuideSection title="多久办好" text={g.timeLimit} />
            <GuideSection title="注意" items={g.notes} />
            {g.visitMatter ? (
              <View className="jmt-card">
                <Text className="jmt-secondary community-lead">{`拿不准材料？可以预约流动警务室，当面问“${g.visitMatter}”。`}</Text>
                <ActionButton onClick={() => Taro.switchTab({ url: communityUrls.visits })}>预约流动警务室</ActionButton>
              </View>
            ) : null}
            <Text className="jmt-muted">各地规定会有不同，以当地派出所的要求为准。</Text>
          </View>
        )}
      </PageState>
    </Page>
  )
}
