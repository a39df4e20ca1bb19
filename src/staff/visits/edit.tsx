import Taro from '@tarojs/taro'
import PageState from '../../components/PageState'
import StaffPage from '../components/StaffPage'
import VisitSessionForm from '../components/VisitSessionForm'
import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'
import { useConsoleSession, useSessionParam } from './useConsoleSession'
import { visitConsoleUrls } from './urls'
import { useParam } from '@/hooks/useParam'

/** Officers publish for their own station, admins choose one: the form waits until it knows which. */
function NewSession() {
  const me = useRemote(() => call('org', 'whoami', {}), [], { isEmpty: () => false })
  return (
    <PageState remote={me} loadingText="正在确认身份…" emptyTitle="暂时没有身份信息">
      {(who) => (
        <VisitSessionForm
          ownStationId={who.role === 'officer' ? who.stationId : undefined}
          onSaved={(sessionId) => Taro.redirectTo({ url: visitConsoleUrls.roster(sessionId) })}
        />
      )}
    </PageState>
  )
}

function ChangeSession({ sessionId }: { sessionId: string }) {
  const session = useConsoleSession(sessionId)
  return (
    <PageState remote={session} loadingText="正在读取场次…" emptyTitle="没有找到这一场">
      {(s) => <VisitSessionForm session={s} onSaved={() => Taro.navigateBack()} />}
    </PageState>
  )
}

/** 复制上一场: a new session, its form filled from an old one; saved, it opens the new roster. */
function CopySession({ copyFrom }: { copyFrom: string }) {
  const old = useConsoleSession(copyFrom)
  return (
    <PageState remote={old} loadingText="正在读取上一场…" emptyTitle="没有找到要复制的场次">
      {(s) => <VisitSessionForm copyOf={s} onSaved={(sessionId) => Taro.redirectTo({ url: visitConsoleUrls.roster(sessionId) })} />}
    </PageState>
  )
}

/** Publish a session (`?sessionId=` absent), copy one (`?copyFrom=`), or change one. */
export default function VisitSessionEditPage() {
  const sessionId = useSessionParam()
  const copyFrom = useParam('copyFrom') ?? ''
  if (sessionId)
    return (
      <StaffPage title="修改场次">
        <ChangeSession sessionId={sessionId} />
      </StaffPage>
    )
  return (
    <StaffPage title={copyFrom ? '复制为新的一场' : '发布新的一场'}>
      {copyFrom ? <CopySession copyFrom={decodeURIComponent(copyFrom)} /> : <NewSession />}
    </StaffPage>
  )
}
