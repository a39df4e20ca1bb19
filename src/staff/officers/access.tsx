import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { StaffMember } from '@/types/org'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import TextField from '../../components/TextField'
import { chinaDayLabel } from '../../time/china'
import ChoiceChips from '../components/ChoiceChips'
import FormProblem from '@/components/FormProblem'
import ListRow from '../components/ListRow'
import ConsoleList from '../components/ConsoleList'
import StaffPage from '../components/StaffPage'
import { usePagedList } from '../hooks/usePagedList'
import { stationName, useStations } from '../hooks/useStations'
import { useSubmit } from '../hooks/useSubmit'
import BindCodeCard from './BindCodeCard'

const ROLE_CHOICES = [
  { value: 'all', label: '全部' },
  { value: 'officer', label: '民警' },
  { value: 'admin', label: '管理员' },
] as const
type RoleChoice = (typeof ROLE_CHOICES)[number]['value']

const ROLE_WORDS = { admin: '管理员', officer: '民警' } as const

/** The last characters of an account number: enough to tell two people apart, not to copy. */
const accountTail = (openid: string) => `账号尾号 ${openid.slice(-6)}`

/** 工作台账号 (admins): who can use the console, as what; revoke; open it for a new admin. */
export default function StaffAccessPage() {
  const [role, setRole] = useState<RoleChoice>('all')
  const stations = useStations()
  const list = usePagedList((cursor) => call('org', 'listStaff', { limit: 30, ...(role === 'all' ? {} : { role }), cursor }), [role], 'officers')
  const revoke = useSubmit((openid: string) => call('org', 'revokeRole', { openid }), { toast: '已撤销', then: () => list.remote.retry() })

  async function askRevoke(member: StaffMember) {
    const { confirm } = await Taro.showModal({
      title: `撤销${member.name ?? '这个账号'}的工作台权限？`,
      content: '撤销后，这个微信号打开工作台只能看到居民的页面。以后可以再开通。',
      confirmText: '撤销',
      confirmColor: '#c3161c',
      cancelText: '不撤销',
    })
    if (confirm) await revoke.submit(member.openid)
  }

  return (
    <StaffPage title="工作台账号">
      <ChoiceChips label="角色" choices={ROLE_CHOICES} value={role} onChange={setRole} />
      <FormProblem message={revoke.error} />
      <ConsoleList list={list} loadingText="正在读取工作台账号…" emptyTitle="还没有这个角色的账号" errorTitles={{ FORBIDDEN: '只有管理员可以管理工作台账号' }}>
        {(member) => (
          <View key={member.openid}>
            <ListRow
              title={member.name ?? '未登记姓名'}
              tag={member.active ? ROLE_WORDS[member.role] : `${ROLE_WORDS[member.role]} · 已停用`}
              tagTone={member.active ? 'plain' : 'warning'}
              lines={[
                [member.badgeNo ? `警号 ${member.badgeNo}` : '', member.stationId ? stationName(stations, member.stationId) : ''].filter(Boolean).join('　'),
                accountTail(member.openid),
                [
                  member.grantedAt ? `${chinaDayLabel(member.grantedAt) ?? ''} 开通` : '',
                  member.via === 'bindCode' ? '用绑定码' : member.via === 'openid' ? '按账号编号' : '',
                ]
                  .filter(Boolean)
                  .join('，'),
              ]}
            />
            <ActionButton tone="quiet" disabled={revoke.busy} onClick={() => void askRevoke(member)}>
              撤销权限
            </ActionButton>
          </View>
        )}
      </ConsoleList>
      <NewAdmin onGranted={() => list.remote.retry()} />
    </StaffPage>
  )
}

/** Opens the console for a new admin: a 绑定码 they enter on 我的, or their account number. Officers are opened from their own page. */
function NewAdmin({ onGranted }: { onGranted: () => void }) {
  const [name, setName] = useState('')
  const [openid, setOpenid] = useState('')
  const [code, setCode] = useState<{ bindCode: string; expiresAt: string } | null>(null)
  const makeCode = useSubmit((who: string) => call('org', 'createBindCode', { role: 'admin', name: who }), { toast: '已生成绑定码', then: setCode })
  const grant = useSubmit((input: { openid: string; name: string }) => call('org', 'grantRole', { role: 'admin', ...input }), {
    toast: '已开通',
    then: () => {
      setOpenid('')
      onGranted()
    },
  })

  function checkName(): string | null {
    const who = name.trim()
    if (!who) {
      makeCode.setError('请填写这位管理员的姓名')
      return null
    }
    return who
  }

  return (
    <View className="jmt-card">
      <TextField
        label="新管理员的姓名"
        value={name}
        onChange={setName}
        maxlength={20}
        placeholder="例如 张所长"
        hint="民警请在「民警和负责社区」里他自己的页面开通"
      />
      {code ? <BindCodeCard bindCode={code.bindCode} expiresAt={code.expiresAt} /> : null}
      <FormProblem message={makeCode.error} />
      <ActionButton
        tone="secondary"
        disabled={makeCode.busy}
        onClick={() => {
          const who = checkName()
          if (who) void makeCode.submit(who)
        }}
      >
        生成管理员绑定码
      </ActionButton>
      <TextField label="或者：按账号编号开通" value={openid} onChange={setOpenid} maxlength={64} placeholder="粘贴他在「我的」页复制的账号编号" />
      <FormProblem message={grant.error} />
      <ActionButton
        tone="secondary"
        disabled={grant.busy}
        onClick={() => {
          const who = checkName()
          if (!who) return
          if (!/^[A-Za-z0-9_-]{6,64}$/.test(openid.trim())) return grant.setError('请粘贴他在「我的」页复制的账号编号')
          void grant.submit({ openid: openid.trim(), name: who })
        }}
      >
        按账号编号开通管理员
      </ActionButton>
    </View>
  )
}
