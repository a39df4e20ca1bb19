import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { VisitRequest, VisitSession } from '@/types/visits'
import ActionButton from '@/components/ActionButton'
import { call } from '@/api'
import { sessionWhen } from '@/components/VisitWords'
import { useSubmit } from '../../hooks/useSubmit'
import ChoiceChips from '../ChoiceChips'
import FormProblem from '@/components/FormProblem'
import TextField from '@/components/TextField'

type Decision = 'scheduled' | 'declined'

const DECISIONS = [
  { value: 'scheduled' as const, label: '安排上门' },
  { value: 'declined' as const, label: '暂不安排' },
]

interface VisitAnswerFormProps {
  request: VisitRequest
  /** Upcoming sessions of the station, to say which one answers the request. */
  sessions: VisitSession[]
  onAnswered: () => void
}

/** Answers a resident's request: which session will come, or why not. Everyone who asked or seconded is notified. */
export default function VisitAnswerForm({ request, sessions, onAnswered }: VisitAnswerFormProps) {
  const [decision, setDecision] = useState<Decision>('scheduled')
  const [sessionId, setSessionId] = useState('')
  const [reply, setReply] = useState('')
  const form = useSubmit(
    () =>
      call('visits', 'answerRequest', {
        requestId: request.requestId,
        decision,
        reply: reply.trim(),
        ...(decision === 'scheduled' ? { sessionId } : {}),
      }),
    { toast: ({ notified }) => `已答复，通知 ${notified} 人`, then: onAnswered },
  )

  function send() {
    if (decision === 'scheduled' && !sessionId) return form.setError('请选择安排的场次；还没有的话，先发布一场')
    if (reply.trim().length < 2) return form.setError('请写几句答复（至少 2 个字）')
    void form.submit(undefined)
  }

  return (
    <View className="visit-answer-form">
      <ChoiceChips label="答复" choices={DECISIONS} value={decision} onChange={setDecision} />
      {decision === 'scheduled' ? (
        sessions.length > 0 ? (
          <ChoiceChips
            label="安排的场次"
            choices={sessions.map((s) => ({ value: s.sessionId, label: `${sessionWhen(s)} ${s.place.name}` }))}
            value={sessionId}
            onChange={setSessionId}
          />
        ) : (
          <Text className="jmt-muted">还没有可选的场次，请先发布一场。</Text>
        )
      ) : null}
      <TextField
        label="答复内容"
        value={reply}
        onChange={setReply}
        maxlength={200}
        placeholder={decision === 'scheduled' ? '例如 12月3日上午到小区东门广场，欢迎预约' : '例如 附近市场已有场次，请到那里办理'}
      />
      <FormProblem message={form.error} />
      <ActionButton disabled={form.busy} onClick={send}>
        {form.busy ? '正在答复…' : '发送答复'}
      </ActionButton>
    </View>
  )
}
