import EntryRow from '../../components/EntryRow'
import IdentityCard from '../../components/IdentityCard'
import PageState from '../../components/PageState'
import NoticeCard from '../components/NoticeCard'
import StaffPage from '../components/StaffPage'
import { useConsoleHome } from './useConsoleHome'
import { consoleUrls, openConsolePage } from '../navigation'
import { visitConsoleUrls } from '../visits/urls'
import { communityConsoleUrls } from '../community/urls'
import { contentUrls } from '../content/urls'
import type { PageUrl } from '@/types/page-url'
import { messageConsoleUrls } from '../messages/urls'
import SectionTitle from '@/components/SectionTitle'

interface Entry {
  title: string
  hint: string
  url: PageUrl
  adminOnly?: boolean
}

const ENTRIES: Entry[] = [
  { title: '流动警务室', hint: '场次、预约名单、扫码签到、代预约、相约上门', url: visitConsoleUrls.sessions },
  { title: '反诈内容', hint: '文章、案例、题目、每日提示：写草稿、预览、发布、下架', url: contentUrls.list },
  { title: '居民留言', hint: '居民从联系牌写给社区民警的留言：阅读、回复、结束', url: messageConsoleUrls.inbox },
  { title: '举报线索', hint: '受理、办结或不予受理，举报人会收到进度', url: communityConsoleUrls.reports },
  { title: '纠纷调解', hint: '受理调解申请，约定时间地点，记录结果', url: communityConsoleUrls.mediations },
  { title: '社区公告', hint: '写公告和警务动态，发布、置顶、下架', url: communityConsoleUrls.notices },
  { title: '平安守望点', hint: '新增、修改营业时间和服务，撤下', url: communityConsoleUrls.watchPoints },
  { title: '办事指南', hint: '要带的材料、办理步骤；管理员可修改', url: communityConsoleUrls.guides },
  { title: '警民联系牌', hint: '查看、筛选联系牌和联系章，打印海报', url: consoleUrls.plates },
  { title: '新建一块联系牌', hint: '为一个地点生成新的联系牌或联系章', url: consoleUrls.plateNew, adminOnly: true },
  { title: '批量生成联系牌', hint: '一次最多 500 块，按前缀编号', url: consoleUrls.plateBatch, adminOnly: true },
  { title: '扫码统计', hint: '每块牌子的扫码次数，很久没人扫的牌子', url: consoleUrls.scanStats },
  { title: '民警和负责社区', hint: '民警名单；管理员可新增民警、分配社区', url: consoleUrls.officers },
  { title: '派出所和警务室', hint: '地址和电话；管理员可新增', url: consoleUrls.stations },
  { title: '审计日志', hint: '谁在什么时候改了什么、导出了谁的数据', url: consoleUrls.audit, adminOnly: true },
]

export default function ConsoleHomePage() {
  const me = useConsoleHome()
  return (
    <StaffPage>
      <PageState remote={me} loadingText="正在确认身份…" emptyTitle="暂时没有身份信息" errorTitles={{ FORBIDDEN: '只有民警和管理员可以使用工作台' }}>
        {({ role }) =>
          role === 'resident' ? (
            <NoticeCard title="只有民警和管理员可以使用工作台" text="如需开通，请联系所里的管理员。" />
          ) : (
            <>
              <IdentityCard role={role} />
              <SectionTitle>工作台</SectionTitle>
              {ENTRIES.filter((entry) => role === 'admin' || !entry.adminOnly).map((entry) => (
                <EntryRow key={entry.url} title={entry.title} hint={entry.hint} onClick={() => openConsolePage(entry.url)} />
              ))}
            </>
          )
        }
      </PageState>
    </StaffPage>
  )
}
