import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { BIND_CODE_LENGTH, BIND_CODE_PATTERN } from '@/types/bind-code'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import TextField from '../../components/TextField'
import FormProblem from '@/components/FormProblem'
import NoticeCard from '../components/NoticeCard'
import StaffPage from '../components/StaffPage'
import { useSubmit } from '../hooks/useSubmit'
import { consoleUrls } from '../navigation'

const ROLE_WORDS = { admin: '管理员', officer: '民警' } as const

/** 输入绑定码: the person types the code their admin gave them and gets the console on this WeChat. */
export default function BindCodePage() {
  const [code, setCode] = useState('')
  const [granted, setGranted] = useState<'admin' | 'officer' | null>(null)
  const bind = useSubmit((bindCode: string) => call('org', 'redeemBindCode', { bindCode }), { toast: '已开通', then: (answer) => setGranted(answer.role) })

  function send() {
    const digits = code.replace(/\s/g, '')
    if (!BIND_CODE_PATTERN.test(digits)) return bind.setError(`绑定码是 ${BIND_CODE_LENGTH} 位数字，请核对后再输入`)
    void bind.submit(digits)
  }

  return (
    <StaffPage title="输入绑定码">
      {granted ? (
        <View className="jmt-card">
          <NoticeCard title={`已开通${ROLE_WORDS[granted]}工作台`} text="以后在「我的」→「民警工作台」进入。" />
          <ActionButton onClick={() => Taro.redirectTo({ url: consoleUrls.home })}>进入民警工作台</ActionButton>
        </View>
      ) : (
        <View className="jmt-card">
          <NoticeCard title="开通民警工作台" text="请向所里的管理员要一个绑定码。绑定码 15 分钟内有效，只能用一次。" />
          <TextField
            label="绑定码"
            type="number"
            value={code}
            onChange={(next) => {
              setCode(next)
              bind.setError(null)
            }}
            maxlength={9}
            placeholder={`${BIND_CODE_LENGTH} 位数字`}
            onConfirm={send}
          />
          <FormProblem message={bind.error} />
          <ActionButton disabled={bind.busy} onClick={send}>
            {bind.busy ? '正在核对…' : '确认开通'}
          </ActionButton>
        </View>
      )}
    </StaffPage>
  )
}
