import Taro from '@tarojs/taro'
import PageState from '../../components/PageState'
import StaffPage from '../components/StaffPage'
import VisitSessionForm from '../components/VisitSessionForm'
import { useStaffRole } from '../hooks/useStaffRole'
import { useConsoleSession, useSessionParam } from './useConsoleSession'
import { visitConsoleUrls } from './urls'

function NewSession() {
  const role = useStaffRole()
  return <VisitSessionForm key={role.stationId ?? 'admin'} ownStationId={role.stationId} onSaved={(sessionId) => Taro.redirectTo({ url: visitConsoleUrls.roster(sessionId) })} />
}

function ChangeSession({ sessionId }: { sessionId: string }) {
  const session = useConsoleSession(sessionId)
  return (
    <PageState remote={session} loadingText='正在读取场次…' emptyTitle='没有找到这一场'>
      {(s) => <VisitSessionForm session={s} onSaved={() => Taro.navigateBack()} />}
    </PageState>
  )
}

/** Publish a session (`?sessionId=` absent) or change one. */
export default function VisitSessionEditPage() {
  const sessionId = useSessionParam()
  return <StaffPage title={sessionId ? '修改场次' : '发布新的一场'}>{sessionId ? <ChangeSession sessionId={sessionId} /> : <NewSession />}</StaffPage>
}
