import { useState } from 'react'
import type { StaffMediation } from '@/types/community'
import { MEDIATION_CATEGORY_LABELS } from '@/types/community-words'
import { canTake, MEDIATION_FLOW } from '@/types/tickets'
import { call } from '@/api'
import ActionButton from '@/components/ActionButton'
import { chinaDayLabel, chinaTime } from '@/time/china'
import FormProblem from '@/components/FormProblem'
import TextField from '@/components/TextField'
import { useSubmit } from '../../hooks/useSubmit'
import ContactLine from './ContactLine'
import TicketCard from './TicketCard'

type Mode = 'schedule' | 'resolve' | 'withdraw' | null

/** 2026-12-01 + 09:30 → an instant in China time, or null when either is not well formed. */
export function chinaInstant(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null
  const instant = `${day}T${time}:00+08:00`
  return Number.isNaN(Date.parse(instant)) ? null : instant
}

/** One mediation request with the steps its state allows: 受理, 约定时间地点, 调解完成, 撤回. */
export default function MediationQueueCard({ mediation: m, onChanged }: { mediation: StaffMediation; onChanged: () => void }) {
  const [mode, setMode] = useState<Mode>(null)
  const [day, setDay] = useState('')
  const [time, setTime] = useState('')
  const [place, setPlace] = useState(m.place ?? '')
  const [note, setNote] = useState('')
  const act = useSubmit(
    (step: 'accept' | Exclude<Mode, null>) => {
      const ticketNo = m.ticketNo
      const withNote = note.trim() ? { note: note.trim() } : {}
      if (step === 'accept') return call('community', 'acceptMediation', { ticketNo })
      if (step === 'schedule')
        return call('community', 'scheduleMediation', { ticketNo, time: chinaInstant(day, time) ?? '', place: place.trim(), ...withNote })
      if (step === 'resolve') return call('community', 'resolveMediation', { ticketNo, note: note.trim() })
      return call('community', 'withdrawMediation', { ticketNo, ...withNote })
    },
    { toast: '已更新', then: onChanged },
  )

  function finish() {
    if (mode === 'schedule' && !chinaInstant(day, time)) return act.setError('请按格式填写日期（2026-12-01）和时间（09:30）')
    if (mode === 'schedule' && place.trim().length < 2) return act.setError('请填写调解地点')
    if (mode === 'resolve' && !note.trim()) return act.setError('请写明调解结果')
    if (mode) void act.submit(mode)
  }

  return (
    <TicketCard
      testId="mediation-card"
      flow={MEDIATION_FLOW}
      title={MEDIATION_CATEGORY_LABELS[m.category]}
      status={m.status}
      lines={[
        `编号 ${m.ticketNo} · ${chinaDayLabel(m.createdAt) ?? ''}`,
        m.otherParty && `对方：${m.otherParty}`,
        m.preferredTimes && `方便的时间：${m.preferredTimes}`,
        m.scheduledAt && `约定：${chinaDayLabel(m.scheduledAt) ?? ''} ${chinaTime(m.scheduledAt) ?? ''} ${m.place ?? ''}`,
      ]}
      text={m.description}
      contact={m.contact ? <ContactLine contact={m.contact} /> : null}
      timeline={m.timeline}
    >
      {mode ? (
        <>
          {mode === 'schedule' ? (
            <>
              <TextField label="日期" value={day} onChange={setDay} placeholder="2026-12-01" maxlength={10} />
              <TextField label="时间" value={time} onChange={setTime} placeholder="09:30" maxlength={5} />
              <TextField label="地点" value={place} onChange={setPlace} placeholder="例如 南关社区居委会调解室" maxlength={100} />
            </>
          ) : null}
          <TextField
            multiline
            label={mode === 'resolve' ? '调解结果' : mode === 'withdraw' ? '撤回原因（可不填）' : '给申请人的说明（可不填）'}
            value={note}
            onChange={setNote}
            maxlength={300}
          />
          <FormProblem message={act.error} />
          <ActionButton disabled={act.busy} onClick={finish}>
            {mode === 'schedule' ? '确定时间地点' : mode === 'resolve' ? '调解完成' : '撤回申请'}
          </ActionButton>
          <ActionButton tone="quiet" onClick={() => setMode(null)}>
            取消
          </ActionButton>
        </>
      ) : (
        <>
          <FormProblem message={act.error} />
          {canTake(MEDIATION_FLOW, 'accept', m.status) ? (
            <ActionButton disabled={act.busy} onClick={() => void act.submit('accept')}>
              受理
            </ActionButton>
          ) : (
            <ActionButton onClick={() => setMode('schedule')}>{m.status === 'scheduled' ? '改约时间地点' : '约定时间地点'}</ActionButton>
          )}
          {canTake(MEDIATION_FLOW, 'resolve', m.status) ? (
            <ActionButton tone="secondary" onClick={() => setMode('resolve')}>
              调解完成
            </ActionButton>
          ) : null}
          <ActionButton tone="quiet" onClick={() => setMode('withdraw')}>
            申请人撤回
          </ActionButton>
        </>
      )}
    </TicketCard>
  )
}
