import { MEDIATION_FLOW } from '@/types/tickets'
import type { StaffMediation } from '@/types/community'
import { MEDIATION_CATEGORY_LABELS, MEDIATION_STATUS_LABELS } from '@/types/community-words'
import { call } from '../../api'
import { chinaMoment } from '../../components/VisitWords'
import type { DeskColumn } from '../components/DeskTable'
import DeskTag from '../components/DeskTable/DeskTag'
import MediationQueueCard from './parts/MediationQueueCard'
import TicketQueue from './parts/TicketQueue'

/** The queue as a table on a station PC; a row opens its card (and its steps) above the table. */
const MEDIATION_COLUMNS: DeskColumn<StaffMediation>[] = [
  { key: 'ticketNo', title: '编号', sortBy: (m) => m.ticketNo, cell: (m) => m.ticketNo },
  { key: 'category', title: '类别', sortBy: (m) => MEDIATION_CATEGORY_LABELS[m.category], cell: (m) => MEDIATION_CATEGORY_LABELS[m.category] },
  { key: 'createdAt', title: '申请时间', sortBy: (m) => Date.parse(m.createdAt), cell: (m) => chinaMoment(m.createdAt) },
  { key: 'otherParty', title: '对方', sortBy: (m) => m.otherParty, cell: (m) => m.otherParty ?? '' },
  {
    key: 'scheduledAt',
    title: '约定时间',
    sortBy: (m) => (m.scheduledAt ? Date.parse(m.scheduledAt) : undefined),
    cell: (m) => (m.scheduledAt ? `${chinaMoment(m.scheduledAt)} ${m.place ?? ''}` : ''),
  },
  { key: 'contact', title: '联系电话', sortBy: (m) => m.contact, cell: (m) => m.contact ?? '' },
  { key: 'status', title: '状态', sortBy: (m) => MEDIATION_STATUS_LABELS[m.status], cell: (m) => <DeskTag text={MEDIATION_STATUS_LABELS[m.status]} /> },
]

/** 矛盾纠纷调解 requests of the station, by state. */
export default function MediationQueuePage() {
  return (
    <TicketQueue
      title="纠纷调解"
      flow={MEDIATION_FLOW}
      load={(query) => call('community', 'listMediations', query)}
      loadingText="正在读取调解申请…"
      emptyTitle="这个状态下没有调解申请"
      columns={MEDIATION_COLUMNS}
      card={(mediation, onChanged) => <MediationQueueCard mediation={mediation} onChanged={onChanged} />}
    />
  )
}
