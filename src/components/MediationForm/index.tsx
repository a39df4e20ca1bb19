import { useState } from 'react'
import { MEDIATION_CATEGORIES, MEDIATION_CATEGORY_LABELS } from '@/types/community-words'
import { CONTACT_PHONE_PROBLEM, isContactPhone, normalisePhone } from '@/types/contact-phone'
import { call } from '../../api'
import TextField from '../TextField'
import TicketForm from '../TicketForm'
import PhoneField from '../PhoneField'

const CATEGORY = {
  label: '纠纷类别',
  choices: MEDIATION_CATEGORIES.map((value) => ({ value, label: MEDIATION_CATEGORY_LABELS[value] })),
  missing: '请选择纠纷类别',
}
const TEXT = { label: '纠纷经过', placeholder: '发生了什么，您希望怎样解决', short: '请把纠纷说清楚一些，至少 10 个字' }
export const MEDIATION_CONTACT_PURPOSE = '电话只给负责调解的民警，用来和您约时间、地点，不会给对方，也不会公开。'

/** 矛盾纠纷调解: what the dispute is, with whom, when suits, and a number to arrange it on. */
export default function MediationForm({ onSent, stationId }: { onSent: (ticketNo: string) => void; stationId?: string }) {
  const [otherParty, setOtherParty] = useState('')
  const [preferredTimes, setPreferredTimes] = useState('')
  const [contact, setContact] = useState('')

  return (
    <TicketForm
      kind="mediation"
      urgent="已经动手、有人威胁要伤人等紧急情况，请马上拨打 110。"
      category={CATEGORY}
      text={TEXT}
      problemOf={() => (isContactPhone(contact) ? null : CONTACT_PHONE_PROBLEM)}
      send={(category, description) =>
        call('community', 'requestMediation', {
          category,
          description,
          contact: normalisePhone(contact),
          ...(otherParty.trim() ? { otherParty: otherParty.trim() } : {}),
          ...(preferredTimes.trim() ? { preferredTimes: preferredTimes.trim() } : {}),
          ...(stationId ? { stationId } : {}),
        })
      }
      submitText="申请调解"
      onSent={onSent}
    >
      <TextField label="对方是谁（可不填）" value={otherParty} onChange={setOtherParty} maxlength={60} placeholder="例如：楼上 502 住户、小区物业" />
      <TextField label="方便的时间（可不填）" value={preferredTimes} onChange={setPreferredTimes} maxlength={100} placeholder="例如：工作日晚上、周末上午" />
      <PhoneField label="联系电话" value={contact} onChange={setContact} hint={MEDIATION_CONTACT_PURPOSE} />
    </TicketForm>
  )
}
