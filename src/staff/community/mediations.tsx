import { MEDIATION_FLOW } from '@/types/tickets'
import { call } from '../../api'
import MediationQueueCard from './parts/MediationQueueCard'
import TicketQueue from './parts/TicketQueue'

/** 矛盾纠纷调解 requests of the station, by state. */
export default function MediationQueuePage() {
  return (
    <TicketQueue
      title='纠纷调解'
      flow={MEDIATION_FLOW}
      load={(query) => call('community', 'listMediations', query)}
      loadingText='正在读取调解申请…'
      emptyTitle='这个状态下没有调解申请'
      card={(mediation, onChanged) => <MediationQueueCard mediation={mediation} onChanged={onChanged} />}
    />
  )
}
