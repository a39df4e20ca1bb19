import { REPORT_FLOW } from '@/types/tickets'
import type { StaffReport } from '@/types/community'
import { REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS } from '@/types/community-words'
import { call } from '../../api'
import { chinaMoment } from '../../components/VisitWords'
import type { DeskColumn } from '../components/DeskTable'
import DeskTag from '../components/DeskTable/DeskTag'
import ReportQueueCard from './parts/ReportQueueCard'
import TicketQueue from './parts/TicketQueue'

/** The queue as a table on a station PC; a row opens its card (and its steps) above the table. */
const REPORT_COLUMNS: DeskColumn<StaffReport>[] = [
  { key: 'ticketNo', title: '编号', sortBy: (r) => r.ticketNo, cell: (r) => r.ticketNo },
  { key: 'category', title: '类别', sortBy: (r) => REPORT_CATEGORY_LABELS[r.category], cell: (r) => REPORT_CATEGORY_LABELS[r.category] },
  { key: 'createdAt', title: '提交时间', sortBy: (r) => Date.parse(r.createdAt), cell: (r) => chinaMoment(r.createdAt) },
  {
    key: 'occurredAt',
    title: '发生时间',
    sortBy: (r) => (r.occurredAt ? Date.parse(r.occurredAt) : undefined),
    cell: (r) => (r.occurredAt ? chinaMoment(r.occurredAt) : ''),
  },
  { key: 'text', title: '内容', cell: (r) => (r.text.length > 40 ? `${r.text.slice(0, 40)}…` : r.text) },
  { key: 'contact', title: '联系电话', sortBy: (r) => r.contact, cell: (r) => (r.anonymous ? '匿名' : (r.contact ?? '未留电话')) },
  { key: 'status', title: '状态', sortBy: (r) => REPORT_STATUS_LABELS[r.status], cell: (r) => <DeskTag text={REPORT_STATUS_LABELS[r.status]} /> },
]

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
