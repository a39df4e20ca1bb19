import { Text, View } from '@tarojs/components'
import EmergencyNumbers from '../../components/EmergencyNumbers'
import EntryRow from '../../components/EntryRow'
import LargeTextOffer from '../../components/LargeTextOffer'
import NoticeLatest from '../../components/NoticeLatest'
import Page from '../../components/Page'
import { communityUrls } from '../../components/ReportLinks/urls'
import ScanEntry from '../../components/ScanEntry'
import WatchPointNearby from '../../components/WatchPointNearby'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

export default function HomePage() {
  return (
    <Page>
      <LargeTextOffer />
      <View className="home__hero">
        <Text className="jmt-hero home__title">社区民警就在身边</Text>
        <Text className="jmt-text home__lead">扫一扫楼门口的警民联系牌，就能看到负责这里的民警和联系电话。</Text>
      </View>
      <ScanEntry />
      <SectionTitle>紧急求助</SectionTitle>
      <EmergencyNumbers />
      <SectionTitle>附近的平安守望点</SectionTitle>
      <WatchPointNearby showAllLink />
      <SectionTitle>社区公告</SectionTitle>
      <NoticeLatest />
      <SectionTitle>社区服务</SectionTitle>
      <EntryRow title="办事指南" hint="落户、居住证、身份证、签注、无犯罪记录证明" url={communityUrls.guides} />
      <EntryRow title="线索举报" hint="诈骗、涉毒、涉赌、安全隐患，可以匿名" url={communityUrls.reportNew()} />
      <EntryRow title="矛盾纠纷调解" hint="邻里、家庭、物业纠纷，请民警帮忙调解" url={communityUrls.mediationNew()} />
    </Page>
  )
}
