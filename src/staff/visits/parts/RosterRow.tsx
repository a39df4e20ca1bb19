import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VisitSession } from '@/types/visits'
import TextField from '@/components/TextField'
import { BOOKING_STATUS_WORDS, chinaMoment } from '@/components/VisitWords'
import FormProblem from '@/components/FormProblem'
import type { RosterEntry } from '../useRosterDesk'
import './RosterRow.css'

/** Check-in opens two hours before the start (as the function decides; this only hides a button that would be refused). */
const CHECKIN_OPENS_BEFORE_MS = 2 * 3_600_000

function sameChinaDay(a: number, b: number): boolean {
  const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)
  return day(a) === day(b)
}

/** What the desk can do with one booking now: 签到 (also a late arrival marked 未到场, that day) and 取消 (before the end). */
export function rowActions(entry: RosterEntry, session: VisitSession, now = Date.now()) {
  const live = session.status === 'published'
  const starts = Date.parse(session.startsAt)
  const ended = Date.parse(session.endsAt) <= now
  const checkInOpen = live && now >= starts - CHECKIN_OPENS_BEFORE_MS
  return {
    checkIn: checkInOpen && (entry.status === 'booked' || (entry.status === 'no_show' && sameChinaDay(now, starts))),
    cancel: live && !ended && entry.status === 'booked',
  }
}

interface RosterRowProps {
  entry: RosterEntry
  session: VisitSession
  busy: boolean
  problem?: string
  onCheckIn: () => void
  /** Answers whether the booking was cancelled (then the reason field closes). */
  onCancel: (reason: string) => Promise<boolean>
}

/** One booking on the roster: who, when, the check-in code (for someone who lost theirs), and its actions. */
export default function RosterRow({ entry, session, busy, problem, onCheckIn, onCancel }: RosterRowProps) {
  const warn = entry.status === 'cancelled' || entry.status === 'no_show'
  const lines = [
    [entry.phone ?? '未留电话', entry.matter, entry.atCounter ? '代预约' : ''].filter(Boolean).join(' · '),
    entry.checkedInAt ? `签到 ${chinaMoment(entry.checkedInAt)}` : `预计 ${chinaMoment(entry.expectedAt)}`,
    entry.cancelReason ? `取消原因：${entry.cancelReason}` : '',
    entry.note ?? '',
  ].filter(Boolean)

  return (
    <View className="roster-row" data-booking={entry.bookingId}>
      <View className="jmt-row">
        <Text className="jmt-label roster-row__title">{`${entry.queueNo} 号　${entry.name}`}</Text>
        <Text className={warn ? 'jmt-tag jmt-tag--danger' : 'jmt-tag'}>{BOOKING_STATUS_WORDS[entry.status]}</Text>
      </View>
      {lines.map((line) => (
        <Text className="jmt-hint roster-row__line" key={line}>
          {line}
        </Text>
      ))}
      {/* Read out to someone who lost theirs: one piece, never broken over two lines. */}
      <Text className="jmt-hint roster-row__line roster-row__code">{`签到码 ${entry.checkinCode}`}</Text>
      <RosterRowActions entry={entry} session={session} busy={busy} problem={problem} onCheckIn={onCheckIn} onCancel={onCancel} />
    </View>
  )
}

/**
 * A booking's 签到, 拨打 and 取消预约 (with its reason), and the row's problem: under the row on a phone,
 * in the 操作 column of the desk table (there without 拨打: the number has its own column).
 */
export function RosterRowActions({ entry, session, busy, problem, onCheckIn, onCancel, withCall = true }: RosterRowProps & { withCall?: boolean }) {
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonProblem, setReasonProblem] = useState<string | null>(null)
  const can = rowActions(entry, session)

  async function confirmCancel() {
    if (reason.trim().length < 2) return setReasonProblem('请写明取消原因（至少 2 个字），会通知这位居民')
    setReasonProblem(null)
    if (await onCancel(reason.trim())) {
      setCancelling(false)
      setReason('')
    }
  }

  return (
    <>
      {can.checkIn || can.cancel || (withCall && entry.phone) ? (
        <View className="roster-row__actions">
          {can.checkIn ? (
            <Button className="roster-row__button roster-row__button--main" disabled={busy || undefined} onClick={busy ? undefined : onCheckIn}>
              签到
            </Button>
          ) : null}
          {withCall && entry.phone ? (
            <Button className="roster-row__button" onClick={() => void Taro.makePhoneCall({ phoneNumber: entry.phone ?? '' }).catch(() => undefined)}>
              拨打
            </Button>
          ) : null}
          {can.cancel && !cancelling ? (
            <Button className="roster-row__button roster-row__button--quiet" onClick={() => setCancelling(true)}>
              取消预约
            </Button>
          ) : null}
        </View>
      ) : null}
      {cancelling ? (
        <View className="roster-row__cancel">
          <TextField
            label="取消原因"
            value={reason}
            onChange={(text) => {
              setReason(text)
              if (text.trim().length >= 2) setReasonProblem(null)
            }}
            maxlength={60}
            placeholder="例如 居民来电说不来了"
            hint={entry.atCounter ? '代预约的居民请电话告知' : '会通知这位居民'}
          />
          <FormProblem message={reasonProblem} />
          <View className="roster-row__actions">
            <Button
              className="roster-row__button roster-row__button--danger"
              disabled={busy || undefined}
              onClick={busy ? undefined : () => void confirmCancel()}
            >
              确认取消
            </Button>
            <Button className="roster-row__button" onClick={() => setCancelling(false)}>
              不取消
            </Button>
          </View>
        </View>
      ) : null}
      <FormProblem message={problem ?? null} />
    </>
  )
}
