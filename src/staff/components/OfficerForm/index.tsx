import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { Officer } from '@/types/org'
import ActionButton from '@/components/ActionButton'
import { call } from '@/api'
import { announceChange } from '../../changes'
import { useSubmit } from '../../hooks/useSubmit'
import AreaEditor, { type AreaHolders } from '../AreaEditor'
import FormProblem from '@/components/FormProblem'
import StaffForm from '../StaffForm'
import StationPicker, { ANY_STATION } from '../StationPicker'
import TextField from '@/components/TextField'

export type OfficerFields = Omit<Officer, 'officerId' | 'photoUrl' | 'active'>

/** What the form checks before asking the server; the server has the last word. */
export function officerProblem(fields: OfficerFields): string | null {
  if (!fields.name) return '请填写民警姓名'
  if (!/^[0-9A-Za-z]{4,12}$/.test(fields.badgeNo)) return '警号应为 4–12 位数字或字母'
  if (!fields.phone) return '请填写工作电话'
  if (!fields.dutyHours) return '请填写值班时间，例如 工作日 8:30–17:30'
  if (fields.stationId === ANY_STATION) return '请选择所属派出所'
  return null
}

/**
 * The areas this save moves to another station (the server then moves their plates too): areas now
 * held at another station, and the officer's own areas when the officer changes station.
 */
export function areasLeavingTheirStation(fields: Pick<OfficerFields, 'stationId' | 'areas'>, holders: AreaHolders): string[] {
  return fields.areas.filter((area) => {
    const holder = holders[area]
    return holder?.stationId !== undefined && holder.stationId !== fields.stationId
  })
}

interface OfficerFormProps {
  /** The officer to change; absent for a new one. */
  officer?: Officer
  holders: AreaHolders
  onSaved: () => void
}

/** An officer's card details, station and communities. */
export default function OfficerForm({ officer, holders, onSaved }: OfficerFormProps) {
  const [name, setName] = useState(officer?.name ?? '')
  const [badgeNo, setBadgeNo] = useState(officer?.badgeNo ?? '')
  const [phone, setPhone] = useState(officer?.phone ?? '')
  const [dutyHours, setDutyHours] = useState(officer?.dutyHours ?? '')
  const [stationId, setStationId] = useState(officer?.stationId ?? ANY_STATION)
  const [areas, setAreas] = useState<string[]>(officer?.areas ?? [])
  const form = useSubmit(
    (fields: OfficerFields) => (officer ? call('org', 'updateOfficer', { officerId: officer.officerId, ...fields }) : call('org', 'createOfficer', fields)),
    {
      toast: officer ? '已保存' : '已新增',
      then: () => {
        announceChange('officers')
        onSaved()
      },
    },
  )

  async function send() {
    const fields = { name: name.trim(), badgeNo: badgeNo.trim(), phone: phone.trim(), dutyHours: dutyHours.trim(), stationId, areas }
    const problem = officerProblem(fields)
    if (problem) return form.setError(problem)
    const moving = areasLeavingTheirStation(fields, holders)
    if (moving.length > 0) {
      const { confirm } = await Taro.showModal({
        title: '移交到其他派出所？',
        content: `${moving.join('、')} 现属其他派出所。保存后这些社区连同社区里的联系牌都归入这位民警所在的派出所。`,
        confirmText: '移交',
        cancelText: '不移交',
      })
      if (!confirm) return
    }
    void form.submit(fields)
  }

  return (
    <StaffForm onSubmit={send}>
      <TextField label="姓名" value={name} onChange={setName} maxlength={20} />
      <TextField label="警号" value={badgeNo} onChange={setBadgeNo} maxlength={12} placeholder="4–12 位数字或字母" />
      <TextField label="工作电话" value={phone} onChange={setPhone} maxlength={20} hint="居民扫联系牌后点「打电话」拨的就是这个号码" />
      <TextField label="值班时间" value={dutyHours} onChange={setDutyHours} maxlength={60} placeholder="例如 工作日 8:30–17:30" />
      <StationPicker label="所属派出所" value={stationId} onChange={setStationId} />
      <AreaEditor areas={areas} onChange={setAreas} holders={holders} officerId={officer?.officerId} />
      <FormProblem message={form.error} />
      <ActionButton disabled={form.busy} onClick={() => void send()}>
        {form.busy ? '正在保存…' : officer ? '保存' : '新增民警'}
      </ActionButton>
    </StaffForm>
  )
}
