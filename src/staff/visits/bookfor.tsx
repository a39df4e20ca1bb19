import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '@/types'
import type { VisitSession } from '@/types/visits'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import { bookingRefusal, chinaMoment, sessionWhen } from '../../components/VisitWords'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import ChoiceChips from '../components/ChoiceChips'
import FormProblem from '@/components/FormProblem'
import NoticeCard from '../components/NoticeCard'
import StaffPage from '../components/StaffPage'
import TextField from '../../components/TextField'
import { CONTACT_PHONE_PROBLEM, isContactPhone, normalisePhone } from '@/types/contact-phone'
import { useConsoleSession, useSessionParam } from './useConsoleSession'
import PhoneField from '@/components/PhoneField'
import SectionTitle from '@/components/SectionTitle'

type Booked = ActionOutput<'visits', 'bookFor'>

function BookForForm({ session }: { session: VisitSession }) {
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [matter, setMatter] = useState(session.services[0] ?? '')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [booked, setBooked] = useState<(Booked & { name: string }) | null>(null)

  /** Whether staff confirm a second booking under a name already in this session (a namesake, not a second tap). */
  async function confirmNamesake(message: string): Promise<boolean> {
    // WeChat refuses dialog buttons longer than 4 characters.
    const { confirm } = await Taro.showModal({
      title: '同名预约',
      content: `${message}。确定是另一位同名的居民吗？`,
      confirmText: '仍要预约',
      cancelText: '不约了',
    })
    return confirm
  }

  async function send(confirmDuplicate = false) {
    if (name.trim().length < 1 || name.trim().length > 20) return setProblem('请填写居民姓名（1–20 个字）')
    // Optional: 代预约 is for people without a phone; a number given must be one that can be called.
    if (phone.trim() && !isContactPhone(phone)) return setProblem(CONTACT_PHONE_PROBLEM)
    setBusy(true)
    setProblem(null)
    let again = false
    try {
      const answer = await call('visits', 'bookFor', {
        sessionId: session.sessionId,
        name: name.trim(),
        ...(phone.trim() ? { phone: normalisePhone(phone) } : {}),
        matter,
        ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
      })
      setBooked({ ...answer, name: name.trim() })
      setName('')
      setPhone('')
    } catch (error) {
      const refusal = toApiError(error)
      if (refusal.code === 'CONFLICT' && refusal.field === 'name' && !confirmDuplicate) again = await confirmNamesake(refusal.message).catch(() => false)
      else setProblem(bookingRefusal(refusal, session))
    } finally {
      setBusy(false)
    }
    if (again) await send(true)
  }

  return (
    <View>
      <View className="jmt-card">
        <SectionTitle>{session.place.name}</SectionTitle>
        <Text className="jmt-muted">{`${sessionWhen(session)} · 还剩 ${session.seatsLeft} 个名额`}</Text>
      </View>
      {booked ? (
        <NoticeCard
          title={`${booked.name}：第 ${booked.queueNo} 号`}
          text={`预计 ${chinaMoment(booked.expectedAt)} 办理，签到码 ${booked.checkinCode}。请把排队号和时间告诉居民。`}
        />
      ) : null}
      <View className="jmt-card">
        <TextField label="居民姓名" value={name} onChange={setName} maxlength={20} />
        <PhoneField label="联系电话" optional value={phone} onChange={setPhone} hint="没有电话也可以预约；有电话的，场次变动时民警打这个电话通知" />
        <ChoiceChips label="办理事项" choices={session.services.map((s) => ({ value: s, label: s }))} value={matter} onChange={setMatter} />
        <FormProblem message={problem} />
        <ActionButton disabled={busy} onClick={() => void send()}>
          {busy ? '正在预约…' : '代为预约'}
        </ActionButton>
      </View>
    </View>
  )
}

/** 代预约 at the counter, for a resident without a phone. */
export default function VisitBookForPage() {
  const session = useConsoleSession(useSessionParam())
  return (
    <StaffPage title="代预约">
      <PageState remote={session} loadingText="正在读取场次…" emptyTitle="没有找到这一场">
        {(s) => <BookForForm session={s} />}
      </PageState>
    </StaffPage>
  )
}
