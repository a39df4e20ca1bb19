import { MEDIATION_FLOW } from '@/types/tickets'
import type { StaffMediation } from '@/types/community'
import { MEDIATION_CATEGORY_LABELS, MEDIATION_STATUS_LABELS } from '@/types/community-words'
import { call } from '../../api'
import { chinaMoment } from '../../components/VisitWords'
import MediationQueueCard from './parts/MediationQueueCard'
import TicketQueue from './parts/TicketQueue'
import { ticketColumns } from './parts/ticket-columns'

const MEDIATION_COLUMNS = ticketColumns<StaffMediation['category'], StaffMediation['status'], StaffMediation>(
  { category: MEDIATION_CATEGORY_LABELS, status: MEDIATION_STATUS_LABELS, createdAt: '申请时间' },
  [
    { key: 'otherParty', title: '对方', sortBy: (m) => m.otherParty, cell: (m) => m.otherParty ?? '' },
    {
      key: 'scheduledAt',
      title: '约定时间',
      sortBy: (m) => (m.scheduledAt ? Date.parse(m.scheduledAt) : undefined),
      cell: (m) => (m.scheduledAt ? `${chinaMoment(m.scheduledAt)} ${m.place ?? ''}` : ''),
    },
    { key: 'contact', title: '联系电话', fit: true, sortBy: (m) => m.contact, cell: (m) => m.contact ?? '' },
  ],
)

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
