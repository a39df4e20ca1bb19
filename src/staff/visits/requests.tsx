import { useState } from 'react'
import { View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import VisitRequestCard from '../../components/VisitRequestCard'
import { call } from '../../api'
import { useNow } from '@/hooks/useNow'
import { useRemote } from '../../hooks/useRemote'
import ChoiceChips from '../components/ChoiceChips'
import StaffPage from '../components/StaffPage'
import VisitAnswerForm from '../components/VisitAnswerForm'
import { useStaffRole } from '../hooks/useStaffRole'

type Status = 'open' | 'scheduled' | 'declined'

const FILTERS = [
  { value: 'open' as const, label: '待答复' },
  { value: 'scheduled' as const, label: '已安排' },
  { value: 'declined' as const, label: '暂不安排' },
]

/**
 * Residents' requests for a visit, most seconded first; open ones can be answered here. An officer
 * sees and answers their own station's; an admin every station's and those no station was found for.
 */
export default function VisitRequestsConsolePage() {
  const [status, setStatus] = useState<Status>('open')
  const [answering, setAnswering] = useState<string | null>(null)
  const role = useStaffRole()
  const now = useNow()
  const requests = useRemote(
    () => call('visits', 'listRequests', { status, limit: 50, ...(role.stationId ? { stationId: role.stationId } : {}) }),
    [status, role.stationId],
  )
  const sessions = useRemote(() => call('visits', 'listStationSessions', { when: 'upcoming', limit: 50 }), [], { isEmpty: () => false })
  const upcoming = sessions.status === 'ready' ? sessions.data.items.filter((s) => s.status === 'published' && Date.parse(s.startsAt) > now) : []

  return (
    <StaffPage title="相约上门">
      <ChoiceChips choices={FILTERS} value={status} onChange={setStatus} />
      <PageState remote={requests} loadingText="正在读取请求…" emptyTitle={status === 'open' ? '没有待答复的请求' : '没有这类请求'}>
        {({ items }) => (
          <View>
            {items.map((request) => (
              <View key={request.requestId}>
                <VisitRequestCard request={request} />
                {request.status === 'open' && (role.isAdmin || (role.stationId !== undefined && request.stationId === role.stationId)) ? (
                  answering === request.requestId ? (
                    <View className="jmt-card">
                      <VisitAnswerForm
                        request={request}
                        sessions={upcoming}
                        onAnswered={() => {
                          setAnswering(null)
                          requests.retry()
                        }}
                      />
                    </View>
                  ) : (
                    <View className="staff-page__actions">
                      <ActionButton tone="secondary" onClick={() => setAnswering(request.requestId)}>
                        答复这个请求
                      </ActionButton>
                    </View>
                  )
                ) : null}
              </View>
            ))}
          </View>
        )}
      </PageState>
    </StaffPage>
  )
}
