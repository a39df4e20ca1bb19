import Taro from '@tarojs/taro'
import { REPORT_CATEGORY_LABELS } from '@/types/community-words'
import { REPORT_FLOW } from '@/types/tickets'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import MyTicket from '../../components/MyTicket'
import Page from '../../components/Page'
import { communityUrls } from '../../components/ReportLinks/urls'
import PagedList from '../../components/PagedList'
import { usePaged } from '../../hooks/usePaged'
import '../pages.css'

/** The reports I sent, anonymous ones too, each with what has happened to it. */
export default function MyReportsPage() {
  const paged = usePaged((cursor) => call('community', 'myReports', { limit: 10, cursor }))
  return (
    <Page>
      <PagedList paged={paged} loadingText="正在读取…" emptyTitle="您还没有提交过线索" emptyHint="发现违法犯罪线索，可以在这里告诉民警。">
        {(r) => (
          <MyTicket
            key={r.ticketNo}
            testId="my-report"
            flow={REPORT_FLOW}
            title={REPORT_CATEGORY_LABELS[r.category]}
            status={r.status}
            numberLine={`编号 ${r.ticketNo}${r.anonymous ? ' · 匿名' : r.contact ? ` · 联系电话 ${r.contact}` : ''}`}
            text={r.text}
            timeline={r.timeline}
          />
        )}
      </PagedList>
      <ActionButton tone="secondary" onClick={() => Taro.navigateTo({ url: communityUrls.reportNew() })}>
        提交新的线索
      </ActionButton>
    </Page>
  )
}
