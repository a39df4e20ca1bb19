import { Text, View } from '@tarojs/components'
import AccountNumber from '../../components/AccountNumber'
import EntryRow from '../../components/EntryRow'
import VisitEntryRows from '../../components/VisitEntryRows'
import IdentityCard from '../../components/IdentityCard'
import LargeTextToggle from '../../components/LargeTextToggle'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { communityUrls } from '../../components/ReportLinks/urls'
import { NOT_AN_EMERGENCY_CHANNEL } from '@/types/contact'
import { pageUrl } from '@/types/page-url'
import { useWhoami } from '../../hooks/useWhoami'
import { messageUrls } from '../../messages/urls'
import { privacyUrls } from '../../privacy/urls'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

export default function MePage() {
  const whoami = useWhoami()
  return (
    <Page>
      <SectionTitle>我的身份</SectionTitle>
      <PageState remote={whoami} compact loadingText="正在确认身份…" emptyTitle="暂时没有身份信息">
        {(me) => (
          <View>
            <IdentityCard role={me.role} />
            {me.role === 'officer' || me.role === 'admin' ? (
              <EntryRow title="民警工作台" hint="查看派出所、警务室和民警" url={pageUrl('staff/index/index')} />
            ) : null}
          </View>
        )}
      </PageState>
      <SectionTitle>看得更清楚</SectionTitle>
      <LargeTextToggle />
      <SectionTitle>流动警务室</SectionTitle>
      <VisitEntryRows />
      <SectionTitle>留言、举报和调解</SectionTitle>
      <EntryRow title="我的留言" hint="写给社区民警的留言和民警的回复" url={messageUrls.mine} />
      <EntryRow title="我的举报" hint="提交过的线索和处理进度，匿名的也在这里" url={communityUrls.reportsMine} />
      <EntryRow title="我的调解" hint="调解申请的进度、约定的时间和地点" url={communityUrls.mediationMine} />
      <SectionTitle>隐私</SectionTitle>
      <EntryRow title="我的数据" hint="导出或删除我们保存的关于您的信息" url={privacyUrls.myData} />
      <EntryRow title="隐私说明" hint="收集什么、为什么、保存多久、谁能看到" url={privacyUrls.policy} />
      {whoami.status === 'ready' ? <AccountNumber openid={whoami.data.openid} /> : null}
      {whoami.status === 'ready' && whoami.data.role !== 'admin' ? (
        <EntryRow title="输入绑定码" hint="所里的管理员给您的 8 位数字，开通民警工作台" url={pageUrl('staff/officers/bind')} />
      ) : null}
      <Text className="jmt-label me__notice">{NOT_AN_EMERGENCY_CHANNEL}</Text>
    </Page>
  )
}
