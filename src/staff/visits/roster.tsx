import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '@/types/.'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import { BOOKING_STATUS_WORDS, chinaMoment, sessionWhen } from '../../components/VisitWords'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import FormProblem from '../components/FormProblem'
import ListRow from '../components/ListRow'
import StaffPage from '../components/StaffPage'
import TextField from '../../components/TextField'
import { openConsolePage } from '../navigation'
import { saveCsv } from '../../files/save-file'
import { useRoster, useSessionParam } from './useConsoleSession'
import { visitConsoleUrls } from './urls'

type Roster = ActionOutput<'visits', 'roster'>

function rosterLine(entry: Roster['items'][number]): string[] {
  return [
    [entry.phone ?? '未留电话', entry.matter, entry.atCounter ? '代预约' : ''].filter(Boolean).join(' · '),
    entry.checkedInAt ? `签到 ${chinaMoment(entry.checkedInAt)}` : `预计 ${chinaMoment(entry.expectedAt)}`,
    entry.note ?? '',
  ]
}

/** A session's bookings in queue order, and what can be done with the session: export, 代预约, 未到场, cancel. */
export default function VisitRosterPage() {
  const sessionId = useSessionParam()
  const roster = useRoster(sessionId)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [cancelling, setCancelling] = useState(false)

  async function run(work: () => Promise<string | null>) {
    if (busy) return
    setBusy(true)
    setProblem(null)
    try {
      const toast = await work()
      if (toast) Taro.showToast({ title: toast, icon: 'success' })
      roster.retry()
    } catch (error) {
      setProblem(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }

  const exportRoster = () =>
    run(async () => {
      const { filename, csv } = await call('visits', 'exportRoster', { sessionId })
      await saveCsv(filename, csv)
      return null
    })

  const markNoShows = () =>
    run(async () => {
      const { noShows } = await call('visits', 'markNoShows', { sessionId })
      return `${noShows} 人未到场`
    })

  const cancelSession = () => {
    if (reason.trim().length < 2) {
      setProblem('请写明取消原因（至少 2 个字），会通知每位预约的居民')
      return
    }
    setProblem(null)
    // WeChat refuses dialog buttons longer than 4 characters (the dialog would never open).
    Taro.showModal({ title: '取消这一场？', content: '所有预约都会取消，并通知预约的居民。', confirmText: '取消本场', cancelText: '不取消', confirmColor: '#c3161c' })
      .then(({ confirm }) => {
        if (!confirm) return
        void run(async () => {
          const { cancelledBookings } = await call('visits', 'cancelSession', { sessionId, reason: reason.trim() })
          setCancelling(false)
          return `已取消 ${cancelledBookings} 个预约`
        })
      })
      .catch((error: unknown) => setProblem(toApiError(error).message))
  }

  const typeReason = (text: string) => {
    setReason(text)
    // The "write a reason" problem is about this field: it goes once the reason is long enough.
    if (text.trim().length >= 2) setProblem(null)
  }

  return (
    <StaffPage title='预约名单'>
      <PageState remote={roster} loadingText='正在读取名单…' emptyTitle='没有找到这一场' errorTitles={{ NOT_FOUND: '没有找到这一场', FORBIDDEN: '这一场不是你所在派出所的' }}>
        {({ session, items }) => {
          const ended = Date.parse(session.endsAt) < Date.now()
          const started = Date.parse(session.startsAt) <= Date.now()
          const live = session.status === 'published'
          return (
            <View>
              <View className='jmt-card'>
                <ListRow
                  title={session.place.name}
                  tag={live ? undefined : '已取消'}
                  tagTone='warning'
                  lines={[sessionWhen(session), session.place.address, `${session.title} · 已约 ${session.booked}/${session.capacity} · ${session.services.join('、')}`]}
                />
                {session.cancelReason ? <Text className='jmt-muted'>{`取消原因：${session.cancelReason}`}</Text> : null}
              </View>
              <View className='staff-page__actions'>
                <ActionButton disabled={busy} onClick={exportRoster} hint='Excel 可以直接打开'>
                  导出名单
                </ActionButton>
                {live && !started ? (
                  <ActionButton tone='secondary' onClick={() => openConsolePage(visitConsoleUrls.bookFor(sessionId))} hint='替没有手机的居民预约'>
                    代预约
                  </ActionButton>
                ) : null}
                {live && !started ? (
                  <ActionButton tone='secondary' onClick={() => openConsolePage(visitConsoleUrls.edit(sessionId))}>
                    修改时间、地点或名额
                  </ActionButton>
                ) : null}
                {live && ended ? (
                  <ActionButton tone='secondary' disabled={busy} onClick={markNoShows} hint='没有签到的预约记为未到场'>
                    标记未到场
                  </ActionButton>
                ) : null}
              </View>
              <FormProblem message={problem} />

              <Text className='jmt-section-title'>{`名单（${items.length} 人）`}</Text>
              {items.length === 0 ? (
                <Text className='jmt-muted'>还没有人预约。</Text>
              ) : (
                <View className='jmt-card'>
                  {items.map((entry) => (
                    <ListRow
                      key={entry.bookingId}
                      title={`${entry.queueNo} 号　${entry.name}`}
                      tag={BOOKING_STATUS_WORDS[entry.status]}
                      tagTone={entry.status === 'cancelled' || entry.status === 'no_show' ? 'warning' : 'plain'}
                      lines={rosterLine(entry)}
                      aside={entry.phone ? '拨打' : undefined}
                      onClick={entry.phone ? () => void Taro.makePhoneCall({ phoneNumber: entry.phone ?? '' }).catch(() => undefined) : undefined}
                    />
                  ))}
                </View>
              )}

              {live && !ended ? (
                cancelling ? (
                  <View className='jmt-card'>
                    <TextField label='取消原因' value={reason} onChange={typeReason} maxlength={60} placeholder='例如 暴雨预警，改期另行通知' hint='会通知每位预约的居民' />
                    <ActionButton tone='emergency' disabled={busy} onClick={cancelSession}>
                      确认取消这一场
                    </ActionButton>
                  </View>
                ) : (
                  <ActionButton tone='quiet' onClick={() => setCancelling(true)}>
                    取消这一场
                  </ActionButton>
                )
              ) : null}
            </View>
          )
        }}
      </PageState>
    </StaffPage>
  )
}
