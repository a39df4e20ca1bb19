import { useState } from 'react'
import Taro from '@tarojs/taro'
import ActionButton from '@/components/ActionButton'
import { call } from '@/api'
import { announceChange } from '../../changes'
import { useSubmit } from '../../hooks/useSubmit'
import FormProblem from '@/components/FormProblem'
import TextField from '@/components/TextField'
import StaffForm from '../StaffForm'

export const RETIRE_CONFIRM_TITLE = '停用这块联系牌？'

/** Takes a plate out of service, with a reason, after asking once more. It cannot be undone here. */
export default function RetireForm({ code, onRetired }: { code: string; onRetired: () => void }) {
  const [reason, setReason] = useState('')
  const form = useSubmit((why: string) => call('plates', 'retire', { code, reason: why }), {
    toast: '已停用',
    then: () => {
      announceChange('plates')
      onRetired()
    },
  })

  async function send() {
    const why = reason.trim()
    if (why.length < 2) {
      form.setError('请写明停用原因（至少 2 个字），例如 小区拆迁，牌子已收回')
      return
    }
    form.setError(null)
    const { confirm } = await Taro.showModal({
      title: RETIRE_CONFIRM_TITLE,
      content: `停用后，居民扫 ${code} 只会看到已停用的提示和派出所电话。`,
      confirmText: '停用',
      confirmColor: '#c3161c',
      cancelText: '不停用',
    })
    if (confirm) await form.submit(why)
  }

  return (
    <StaffForm onSubmit={() => void send()}>
      <TextField label="停用原因" value={reason} onChange={setReason} placeholder="例如 小区拆迁，牌子已收回" />
      <FormProblem message={form.error} />
      <ActionButton tone="emergency" disabled={form.busy} onClick={() => void send()}>
        {form.busy ? '正在停用…' : '停用这块联系牌'}
      </ActionButton>
    </StaffForm>
  )
}
