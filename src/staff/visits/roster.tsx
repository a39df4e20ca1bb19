import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useNow } from '@/hooks/useNow'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import { BOOKING_STATUS_WORDS, chinaMoment, sessionWhen } from '../../components/VisitWords'
import { toApiError } from '../../api/errors'
import { chinaDate, chinaTime } from '../../time/china'
import DeskLayout from '../components/DeskLayout'
import DeskTable, { type DeskColumn } from '../components/DeskTable'
import DeskTag from '../components/DeskTable/DeskTag'
import FormProblem from '@/components/FormProblem'
import ListRow from '../components/ListRow'
import StaffPage from '../components/StaffPage'
import TextField from '../../components/TextField'
import { openConsolePage } from '../navigation'
import RosterRow, { RosterRowActions } from './parts/RosterRow'
import { SESSION_MISSING, useSessionParam } from './useConsoleSession'
import { type Roster, type RosterEntry, useRosterDesk } from './useRosterDesk'
import { visitConsoleUrls } from './urls'
import SectionTitle from '@/components/SectionTitle'

type RosterDesk = ReturnType<typeof useRosterDesk>

/** The roster as a table on a station PC: the whole number in its own column, to dial on the desk telephone. */
function rosterColumns(session: Roster['session'], desk: RosterDesk): DeskColumn<RosterEntry>[] {
  // The session's day heads the page: a time on that day needs no date, one after midnight does.
  const onSessionDay = (instant: string) => (chinaDate(instant) === chinaDate(session.startsAt) ? (chinaTime(instant) ?? '') : chinaMoment(instant))
  return [
    { key: 'queueNo', title: '号', align: 'end', sortBy: (e) => e.queueNo, cell: (e) => `${e.queueNo} 号` },
    { key: 'name', title: '姓名', fit: true, sortBy: (e) => e.name, cell: (e) => e.name },
    {
      key: 'status',
      title: '状态',
      fit: true,
      sortBy: (e) => BOOKING_STATUS_WORDS[e.status],
      cell: (e) => <DeskTag text={BOOKING_STATUS_WORDS[e.status]} tone={e.status === 'cancelled' || e.status === 'no_show' ? 'warning' : 'plain'} />,
    },
    { key: 'phone', title: '电话', fit: true, sortBy: (e) => e.phone, cell: (e) => e.phone ?? '未留电话' },
    {
      key: 'matter',
      title: '事项 / 备注',
      sortBy: (e) => e.matter,
      // The resident's note says more about the matter: under it, where the column can take the table's spare width.
      cell: (e) => {
        const note = [e.cancelReason ? `取消原因：${e.cancelReason}` : '', e.note ?? ''].filter(Boolean).join('；')
        return (
          <>
            {e.atCounter ? `${e.matter} · 代预约` : e.matter}
            {note ? <span className="desk-table__muted">{note}</span> : null}
          </>
        )
      },
    },
    {
      key: 'time',
      title: '预计 / 签到',
      fit: true,
      sortBy: (e) => Date.parse(e.checkedInAt ?? e.expectedAt),
      cell: (e) => (e.checkedInAt ? `签到 ${onSessionDay(e.checkedInAt)}` : `预计 ${onSessionDay(e.expectedAt)}`),
    },
    { key: 'code', title: '签到码', fit: true, sortBy: (e) => e.checkinCode, cell: (e) => <span className="roster-row__code">{e.checkinCode}</span> },
    {
      key: 'actions',
      title: '操作',
      cell: (e) => (
        <RosterRowActions
          entry={e}
          session={session}
          busy={desk.busy}
          withCall={false}
          problem={desk.rowProblem?.bookingId === e.bookingId ? desk.rowProblem.message : undefined}
          onCheckIn={() => void desk.checkIn(e)}
          onCancel={(why) => desk.staffCancel(e, why)}
        />
      ),
    },
  ]
}

/**
 * A session's bookings in queue order, each with 签到 and 取消, and what can be done with the session:
 * export, 签到表, 代预约, change, copy, 未到场, cancel.
 */
export default function VisitRosterPage() {
  const sessionId = useSessionParam()
  const desk = useRosterDesk(sessionId)
  const now = useNow()
  const [reason, setReason] = useState('')
  const [cancelling, setCancelling] = useState(false)

  const cancelSession = () => {
    if (reason.trim().length < 2) {
      desk.setProblem('请写明取消原因（至少 2 个字），会通知每位预约的居民')
      return
    }
    desk.setProblem(null)
    // WeChat refuses dialog buttons longer than 4 characters (the dialog would never open).
    Taro.showModal({
      title: '取消这一场？',
      content: '所有预约都会取消，并通知预约的居民。',
      confirmText: '取消本场',
      cancelText: '不取消',
      confirmColor: '#c3161c',
    })
      .then(async ({ confirm }) => {
        if (confirm && (await desk.cancelSession(reason.trim()))) setCancelling(false)
      })
      .catch((error: unknown) => desk.setProblem(toApiError(error).message))
  }

  const typeReason = (text: string) => {
    setReason(text)
    // The "write a reason" problem is about this field: it goes once the reason is long enough.
    if (text.trim().length >= 2) desk.setProblem(null)
  }

  return (
    <StaffPage title="预约名单" wide>
      <PageState remote={desk.roster} loadingText="正在读取名单…" {...SESSION_MISSING}>
        {({ session, items }) => {
          const ended = Date.parse(session.endsAt) < now
          const started = Date.parse(session.startsAt) <= now
          const live = session.status === 'published'
          return (
            <DeskLayout
              side={
                <>
                  <View className="jmt-card">
                    <ListRow
                      title={session.place.name}
                      tag={live ? undefined : '已取消'}
                      tagTone="warning"
                      lines={[
                        sessionWhen(session),
                        session.place.address,
                        `${session.title} · 已约 ${session.booked}/${session.capacity} · ${session.services.join('、')}`,
                      ]}
                    />
                    {session.cancelReason ? <Text className="jmt-muted">{`取消原因：${session.cancelReason}`}</Text> : null}
                  </View>
                  <View className="staff-page__actions">
                    <ActionButton disabled={desk.busy} onClick={() => void desk.exportRoster()} hint="Excel 可以直接打开">
                      导出名单
                    </ActionButton>
                    <ActionButton tone="secondary" onClick={() => openConsolePage(visitConsoleUrls.signSheet(sessionId))} hint="居民到场后在纸上签名">
                      打印签到表
                    </ActionButton>
                    {live && !started ? (
                      <ActionButton tone="secondary" onClick={() => openConsolePage(visitConsoleUrls.bookFor(sessionId))} hint="替没有手机的居民预约">
                        代预约
                      </ActionButton>
                    ) : null}
                    {live && !started ? (
                      <ActionButton tone="secondary" onClick={() => openConsolePage(visitConsoleUrls.edit(sessionId))} hint="预约的居民会收到新的时间或地点">
                        修改时间、地点或名额
                      </ActionButton>
                    ) : null}
                    <ActionButton
                      tone="secondary"
                      onClick={() => openConsolePage(visitConsoleUrls.copy(sessionId))}
                      hint="地点、名额和服务照抄，改个日期就能发布"
                    >
                      复制为新的一场
                    </ActionButton>
                    {live && ended ? (
                      <ActionButton tone="secondary" disabled={desk.busy} onClick={() => void desk.markNoShows()} hint="没有签到的预约记为未到场">
                        标记未到场
                      </ActionButton>
                    ) : null}
                  </View>
                  <FormProblem message={desk.problem} />
                  {live && !ended ? (
                    cancelling ? (
                      <View className="jmt-card">
                        <TextField
                          label="取消原因"
                          value={reason}
                          onChange={typeReason}
                          maxlength={60}
                          placeholder="例如 暴雨预警，改期另行通知"
                          hint="会通知每位预约的居民"
                        />
                        <ActionButton tone="emergency" disabled={desk.busy} onClick={cancelSession}>
                          确认取消这一场
                        </ActionButton>
                      </View>
                    ) : (
                      <ActionButton tone="quiet" onClick={() => setCancelling(true)}>
                        取消这一场
                      </ActionButton>
                    )
                  ) : null}
                </>
              }
            >
              <SectionTitle>{`名单（${items.length} 人）`}</SectionTitle>
              {items.length === 0 ? (
                <Text className="jmt-muted">还没有人预约。</Text>
              ) : (
                <DeskTable
                  caption="预约名单（点列名排序）"
                  columns={rosterColumns(session, desk)}
                  rows={items}
                  rowKey={(entry) => entry.bookingId}
                  phone={
                    <View className="jmt-card">
                      {items.map((entry) => (
                        <RosterRow
                          key={entry.bookingId}
                          entry={entry}
                          session={session}
                          busy={desk.busy}
                          problem={desk.rowProblem?.bookingId === entry.bookingId ? desk.rowProblem.message : undefined}
                          onCheckIn={() => void desk.checkIn(entry)}
                          onCancel={(why) => desk.staffCancel(entry, why)}
                        />
                      ))}
                    </View>
                  }
                />
              )}
            </DeskLayout>
          )
        }}
      </PageState>
    </StaffPage>
  )
}
