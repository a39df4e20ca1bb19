import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { MEDIATION_CATEGORIES, MEDIATION_CATEGORY_LABELS, type MediationCategory } from '@/types/community-words'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import ActionButton from '../ActionButton'
import { ReportChips, ReportLine, ReportLongText } from '../ReportFields'
import { CONTACT_PHONE_PROBLEM, isContactPhone, normalisePhone } from '@/types/contact'
import { useProgressUpdates } from '../ReportUpdates'
import ReportUrgent from '../ReportUrgent'

const CATEGORY_CHOICES = MEDIATION_CATEGORIES.map((value) => ({ value, label: MEDIATION_CATEGORY_LABELS[value] }))
export const MEDIATION_CONTACT_PURPOSE = '电话只给负责调解的民警，用来和您约时间、地点，不会给对方，也不会公开。'

/** 矛盾纠纷调解: what the dispute is, with whom, when suits, and a number to arrange it on. */
export default function MediationForm({ onSent, stationId }: { onSent: (ticketNo: string) => void; stationId?: string }) {
  const [category, setCategory] = useState<MediationCategory | null>(null)
  const [description, setDescription] = useState('')
  const [otherParty, setOtherParty] = useState('')
  const [preferredTimes, setPreferredTimes] = useState('')
  const [contact, setContact] = useState('')
  const [busy, setBusy] = useState(false)
  const askForUpdates = useProgressUpdates('mediation')
  const [problem, setProblem] = useState<string | null>(null)

  function check(): string | null {
    if (!category) return '请选择纠纷类别'
    if (description.trim().length < 10) return '请把纠纷说清楚一些，至少 10 个字'
    if (!isContactPhone(contact)) return CONTACT_PHONE_PROBLEM
    return null
  }

  async function send() {
    const local = check()
    setProblem(local)
    if (local || !category || busy) return
    // Started in the tap, before anything is awaited: WeChat shows its dialog only then.
    const asked = askForUpdates()
    setBusy(true)
    try {
      await asked
      const { ticketNo } = await call('community', 'requestMediation', {
        category,
        description: description.trim(),
        contact: normalisePhone(contact),
        ...(otherParty.trim() ? { otherParty: otherParty.trim() } : {}),
        ...(preferredTimes.trim() ? { preferredTimes: preferredTimes.trim() } : {}),
        ...(stationId ? { stationId } : {}),
      })
      onSent(ticketNo)
    } catch (error) {
      setProblem(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="mediation-form">
      <ReportUrgent text="已经动手、有人威胁要伤人等紧急情况，请马上拨打 110。" />
      <ReportChips label="纠纷类别" choices={CATEGORY_CHOICES} value={category} onChange={setCategory} />
      <ReportLongText label="纠纷经过" value={description} onChange={setDescription} maxlength={1000} placeholder="发生了什么，您希望怎样解决" />
      <ReportLine label="对方是谁（可不填）" value={otherParty} onChange={setOtherParty} maxlength={60} placeholder="例如：楼上 502 住户、小区物业" />
      <ReportLine label="方便的时间（可不填）" value={preferredTimes} onChange={setPreferredTimes} maxlength={100} placeholder="例如：工作日晚上、周末上午" />
      <ReportLine
        label="联系电话"
        value={contact}
        onChange={setContact}
        maxlength={16}
        placeholder="手机或座机，如 0931-8123456"
        hint={MEDIATION_CONTACT_PURPOSE}
      />
      {problem ? (
        <View className="jmt-alert" role="alert">
          <Text>{problem}</Text>
        </View>
      ) : null}
      <ActionButton onClick={send} disabled={busy}>
        {busy ? '正在提交…' : '申请调解'}
      </ActionButton>
    </View>
  )
}
