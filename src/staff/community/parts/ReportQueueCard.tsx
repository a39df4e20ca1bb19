import TextField from '@/components/TextField'
import { useState } from 'react'
import { Text } from '@tarojs/components'
import type { StaffReport } from '@/types/community'
import { REPORT_CATEGORY_LABELS } from '@/types/community-words'
import { canTake, REPORT_FLOW } from '@/types/tickets'
import { call } from '@/api'
import ActionButton from '@/components/ActionButton'
import { chinaDayLabel, chinaTime } from '@/time/china'
import FormProblem from '@/components/FormProblem'
import { useSubmit } from '../../hooks/useSubmit'
import ContactLine from './ContactLine'
import TicketCard from './TicketCard'

type Mode = 'close' | 'reject' | null

/** The place of the matter, not where the sender was; an anonymous report's only to about a kilometre. */
export function placeLine({ location, anonymous }: Pick<StaffReport, 'location' | 'anonymous'>): string {
  if (!location) return ''
  const decimals = anonymous ? 2 : 5
  const where = `${location.lat.toFixed(decimals)}, ${location.lng.toFixed(decimals)}`
  return anonymous ? `事发地点（约一公里范围） ${where}` : `事发地点 ${where}`
}

/** One report in the queue with the steps its state allows: 受理, 办结 with a reply, 不予受理 with a reason. */
export default function ReportQueueCard({ report, onChanged }: { report: StaffReport; onChanged: () => void }) {
  const [mode, setMode] = useState<Mode>(null)
  const [note, setNote] = useState('')
  const act = useSubmit(
    (step: 'accept' | 'close' | 'reject') => {
      const ticketNo = report.ticketNo
      if (step === 'accept') return call('community', 'acceptReport', { ticketNo })
      if (step === 'close') return call('community', 'closeReport', { ticketNo, reply: note.trim() })
      return call('community', 'rejectReport', { ticketNo, reason: note.trim() })
    },
    { toast: '已更新', then: onChanged },
  )

  function finish() {
    if (!note.trim()) return act.setError(mode === 'close' ? '请写一句给举报人的答复' : '请写明不予受理的原因')
    void act.submit(mode === 'close' ? 'close' : 'reject')
  }

  return (
    <TicketCard
      testId="report-card"
      flow={REPORT_FLOW}
      title={REPORT_CATEGORY_LABELS[report.category]}
      status={report.status}
      lines={[
        `编号 ${report.ticketNo} · ${chinaDayLabel(report.createdAt) ?? ''} ${chinaTime(report.createdAt) ?? ''}`,
        report.occurredAt && `发生时间 ${chinaDayLabel(report.occurredAt) ?? ''} ${chinaTime(report.occurredAt) ?? ''}`,
        placeLine(report),
      ]}
      text={report.text}
      contact={
        report.anonymous ? (
          <Text className="jmt-hint queue-card__line">匿名举报：不显示举报人身份，无法回电。</Text>
        ) : report.contact ? (
          <ContactLine contact={report.contact} />
        ) : (
          <Text className="jmt-hint queue-card__line">举报人没有留电话。</Text>
        )
      }
      timeline={report.timeline}
    >
      {mode ? (
        <>
          <TextField
            multiline
            label={mode === 'close' ? '给举报人的答复' : '不予受理的原因'}
            value={note}
            onChange={setNote}
            maxlength={300}
            hint={report.anonymous ? '匿名举报人也能在“我的举报”里看到这段话。' : '举报人会收到通知，并能在“我的举报”里看到。'}
          />
          <FormProblem message={act.error} />
          <ActionButton disabled={act.busy} onClick={finish}>
            {mode === 'close' ? '办结并答复' : '不予受理'}
          </ActionButton>
          <ActionButton tone="quiet" onClick={() => setMode(null)}>
            取消
          </ActionButton>
        </>
      ) : (
        <>
          <FormProblem message={act.error} />
          {canTake(REPORT_FLOW, 'accept', report.status) ? (
            <ActionButton disabled={act.busy} onClick={() => void act.submit('accept')}>
              受理
            </ActionButton>
          ) : (
            <ActionButton onClick={() => setMode('close')}>办结</ActionButton>
          )}
          <ActionButton tone="secondary" onClick={() => setMode('reject')}>
            不予受理
          </ActionButton>
        </>
      )}
    </TicketCard>
  )
}
