import { REPORT_FLOW } from '@/types/tickets'
import { call } from '../../api'
import ReportQueueCard from './parts/ReportQueueCard'
import TicketQueue from './parts/TicketQueue'

/** 举报线索 of the station, by state. */
export default function ReportQueuePage() {
  return (
    <TicketQueue
      title='举报线索'
      flow={REPORT_FLOW}
      load={(query) => call('community', 'listReports', query)}
      loadingText='正在读取线索…'
      emptyTitle='这个状态下没有线索'
      card={(report, onChanged) => <ReportQueueCard report={report} onChanged={onChanged} />}
    />
  )
}
