import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { REPORT_CATEGORIES, REPORT_CATEGORY_LABELS, REPORTS_PER_DAY } from '@/types/community-words'
import { CONTACT_PHONE_PROBLEM, isContactPhone, normalisePhone } from '@/types/contact-phone'
import { call } from '../../api'
import { locateOnce, type Here } from '../../device/location'
import ActionButton from '../ActionButton'
import { ReportChips } from '../ReportFields'
import TicketForm from '../TicketForm'
import './index.css'
import PhoneField from '../PhoneField'

const CATEGORY = {
  label: '线索类别',
  choices: REPORT_CATEGORIES.map((value) => ({ value, label: REPORT_CATEGORY_LABELS[value] })),
  missing: '请选择线索类别',
}
const TEXT = {
  label: '发生了什么',
  placeholder: '时间、地点、经过，知道多少写多少',
  hint: `每人每天最多提交 ${REPORTS_PER_DAY} 条。`,
  short: '请把情况写清楚一些，至少 10 个字',
}
const IDENTITY_CHOICES = [
  { value: 'named', label: '留电话' },
  { value: 'anonymous', label: '匿名' },
] as const

export const CONTACT_PURPOSE = '电话只给处理这条线索的民警看，用来向您核实情况，不会公开。'
export const ANONYMOUS_NOTE = '匿名举报：民警看不到您是谁，也无法回电。您仍然可以在“我的举报”里看到处理进度。'
/** What is kept of the fix: the place of the matter, and for an anonymous report only roughly. */
export const PLACE_NOTE = {
  named: '已附上事发地点，线索会转给附近的派出所。',
  anonymous: '已附上事发地点：匿名举报只保留到约一公里的范围，不会留下您的准确位置。线索会转给附近的派出所。',
}

interface ReportFormProps {
  onSent: (ticketNo: string) => void
  /** The station to send it to, when the form was opened from a plate card or a station's page. */
  stationId?: string
}

/** 线索举报: what kind, what happened, named or anonymous; 110 first for anything happening now. */
export default function ReportForm({ onSent, stationId }: ReportFormProps) {
  const [identity, setIdentity] = useState<'named' | 'anonymous'>('named')
  const [contact, setContact] = useState('')
  const [place, setPlace] = useState<Here | null>(null)
  const [placeNote, setPlaceNote] = useState<string | null>(null)

  async function attachPlace() {
    setPlaceNote('正在读取位置…')
    try {
      setPlace(await locateOnce({ denied: '没有得到位置权限，可以在上面的情况里写清地点。', failed: '暂时没能读取位置，可以在上面的情况里写清地点。' }))
      setPlaceNote(null)
    } catch (error) {
      setPlaceNote((error as Error).message)
    }
  }

  const anonymous = identity === 'anonymous'
  return (
    <TicketForm
      kind="report"
      urgent="正在发生的违法犯罪、有人身危险，请马上拨打 110，不要在这里留言。"
      category={CATEGORY}
      text={TEXT}
      problemOf={() => (!anonymous && contact.trim() && !isContactPhone(contact) ? CONTACT_PHONE_PROBLEM : null)}
      send={(category, text) =>
        call('community', 'submitReport', {
          category,
          text,
          anonymous,
          ...(!anonymous && contact.trim() ? { contact: normalisePhone(contact) } : {}),
          ...(place ? { location: place } : {}),
          ...(stationId ? { stationId } : {}),
        })
      }
      submitText="提交线索"
      onSent={onSent}
    >
      <ReportChips label="是否留下联系方式" choices={IDENTITY_CHOICES} value={identity} onChange={setIdentity} />
      {anonymous ? (
        <Text className="jmt-hint report-form__note">{ANONYMOUS_NOTE}</Text>
      ) : (
        <PhoneField label="联系电话（可不填）" value={contact} onChange={setContact} hint={CONTACT_PURPOSE} />
      )}
      <View className="report-form__place">
        <ActionButton tone="quiet" onClick={attachPlace} hint="不附也可以">
          {place ? '重新读取事发地点' : '用我现在的位置作为事发地点'}
        </ActionButton>
        {placeNote ? (
          <Text className="jmt-hint report-form__note">{placeNote}</Text>
        ) : place ? (
          <Text className="jmt-hint report-form__note">{PLACE_NOTE[identity]}</Text>
        ) : null}
      </View>
    </TicketForm>
  )
}
