import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Officer } from '@/types/org'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import TextField from '../../components/TextField'
import { announceChange } from '../changes'
import FormProblem from '@/components/FormProblem'
import NoticeCard from '../components/NoticeCard'
import { useSubmit } from '../hooks/useSubmit'
import BindCodeCard from './BindCodeCard'
import SectionTitle from '@/components/SectionTitle'

/**
 * An officer's console access, on their page: open it for the person (a 绑定码 they enter on 我的,
 * or their 账号编号 typed here), and deactivate or reactivate the officer.
 */
export default function OfficerAccess({ officer }: { officer: Officer }) {
  const [active, setActive] = useState(officer.active)
  const [openid, setOpenid] = useState('')
  const [code, setCode] = useState<{ bindCode: string; expiresAt: string } | null>(null)

  const makeCode = useSubmit(() => call('org', 'createBindCode', { role: 'officer', officerId: officer.officerId }), {
    toast: '已生成绑定码',
    then: (answer) => setCode(answer),
  })
  const grant = useSubmit((who: string) => call('org', 'grantRole', { openid: who, role: 'officer', officerId: officer.officerId }), {
    toast: '已开通',
    then: () => setOpenid(''),
  })
  const toggle = useSubmit((next: boolean) => call('org', next ? 'reactivateOfficer' : 'deactivateOfficer', { officerId: officer.officerId }), {
    toast: (answer) => (answer.active ? '已恢复' : '已停用'),
    then: (answer) => {
      setActive(answer.active)
      setCode(null)
      announceChange('officers')
    },
  })

  async function deactivate() {
    const { confirm } = await Taro.showModal({
      title: `停用${officer.name}？`,
      content: '停用后，他不能再用民警工作台，联系牌上也不再显示他，改为显示派出所。负责的社区会保留，恢复后照旧。',
      confirmText: '停用',
      confirmColor: '#c3161c',
      cancelText: '不停用',
    })
    if (confirm) await toggle.submit(false)
  }

  function grantByOpenid() {
    const who = openid.trim()
    if (!/^[A-Za-z0-9_-]{6,64}$/.test(who)) return grant.setError('请粘贴民警在「我的」页复制的账号编号')
    void grant.submit(who)
  }

  return (
    <View className="jmt-card">
      <SectionTitle>工作台权限</SectionTitle>
      {active ? (
        <>
          <NoticeCard
            title="开通民警工作台"
            text={`生成一个绑定码告诉${officer.name}，请他在手机上打开「我的」→「输入绑定码」填写。绑定码 15 分钟内有效，只能用一次。`}
          />
          {code ? <BindCodeCard bindCode={code.bindCode} expiresAt={code.expiresAt} /> : null}
          <FormProblem message={makeCode.error} />
          <ActionButton tone="secondary" disabled={makeCode.busy} onClick={() => void makeCode.submit(undefined)}>
            {code ? '重新生成绑定码' : '生成绑定码'}
          </ActionButton>
          <TextField label="或者：按账号编号开通" value={openid} onChange={setOpenid} maxlength={64} placeholder="粘贴他在「我的」页复制的账号编号" />
          <FormProblem message={grant.error} />
          <ActionButton tone="secondary" disabled={grant.busy} onClick={grantByOpenid}>
            按账号编号开通
          </ActionButton>
          <FormProblem message={toggle.error} />
          <ActionButton tone="quiet" disabled={toggle.busy} hint="调走或退休时用；可以恢复" onClick={() => void deactivate()}>
            停用这位民警
          </ActionButton>
        </>
      ) : (
        <>
          <NoticeCard title={`${officer.name}已停用`} text="他不能使用民警工作台，联系牌上显示派出所。恢复后，工作台和负责的社区照旧。" />
          <FormProblem message={toggle.error} />
          <ActionButton disabled={toggle.busy} onClick={() => void toggle.submit(true)}>
            恢复这位民警
          </ActionButton>
        </>
      )}
    </View>
  )
}
