import { REPORT_FLOW } from '@/types/tickets'
import type { StaffReport } from '@/types/community'
import { REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS } from '@/types/community-words'
import { call } from '../../api'
import { chinaMoment } from '../../components/VisitWords'
import ReportQueueCard from './parts/ReportQueueCard'
import TicketQueue from './parts/TicketQueue'
import { ticketColumns } from './parts/ticket-columns'

const REPORT_COLUMNS = ticketColumns<StaffReport['category'], StaffReport['status'], StaffReport>(
  { category: REPORT_CATEGORY_LABELS, status: REPORT_STATUS_LABELS, createdAt: '提交时间' },
  [
    {
      key: 'occurredAt',
      title: '发生时间',
      sortBy: (r) => (r.occurredAt ? Date.parse(r.occurredAt) : undefined),
      cell: (r) => (r.occurredAt ? chinaMoment(r.occurredAt) : ''),
    },
    { key: 'text', title: '内容', cell: (r) => (r.text.length > 40 ? `${r.text.slice(0, 40)}…` : r.text) },
    { key: 'contact', title: '联系电话', fit: true, sortBy: (r) => r.contact, cell: (r) => (r.anonymous ? '匿名' : (r.contact ?? '未留电话')) },
  ],
)

/** 举报线索 of the station, by state. */
export default function ReportQueuePage() {
  return (
    <TicketQueue
      title="举报线索"
      flow={REPORT_FLOW}
      load={(query) => call('community', 'listReports', query)}
      loadingText="正在读取线索…"
      emptyTitle="这个状态下没有线索"
      columns={REPORT_COLUMNS}
      card={(report, onChanged) => <ReportQueueCard report={report} onChanged={onChanged} />}
    />
  )
}
