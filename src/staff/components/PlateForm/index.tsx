import { useState } from 'react'
import type { Plate } from '@/types/plates'
import ActionButton from '@/components/ActionButton'
import { call } from '@/api'
import { announceChange } from '../../changes'
import { useSubmit } from '../../hooks/useSubmit'
import { PLATE_KIND_CHOICES } from '../../plates/labels'
import ChoiceChips from '../ChoiceChips'
import FormProblem from '@/components/FormProblem'
import StaffForm from '../StaffForm'
import PlaceFields, { NO_PLACE, type Place, placeProblem, trimPlace } from '../PlaceFields'
import TextField from '@/components/TextField'

type PlateFields = Place & { label: string }

export function labelProblem(label: string): string | null {
  return label.length < 2 || label.length > 40 ? '请填写牌子的位置名称（2–40 个字），例如 南关社区 3 号楼单元门' : null
}

interface PlateFormProps {
  /** The plate to rebind; absent for a new one. Its code and kind never change. */
  plate?: Pick<Plate, 'code' | 'label' | 'address' | 'area' | 'stationId'>
  onSaved: (code: string) => void
}

/** A new plate, or where an existing one hangs and whose it is (rebind). */
export default function PlateForm({ plate, onSaved }: PlateFormProps) {
  const [kind, setKind] = useState<Plate['kind']>('plate')
  const [label, setLabel] = useState(plate?.label ?? '')
  const [place, setPlace] = useState<Place>(plate ? { address: plate.address, area: plate.area, stationId: plate.stationId } : NO_PLACE)
  const form = useSubmit(
    (fields: PlateFields) => (plate ? call('plates', 'update', { code: plate.code, ...fields }) : call('plates', 'create', { kind, ...fields })),
    {
      toast: plate ? '已保存' : '已创建',
      then: ({ code }) => {
        announceChange('plates')
        onSaved(code)
      },
    },
  )

  function send() {
    const fields = { label: label.trim(), ...trimPlace(place) }
    const problem = labelProblem(fields.label) ?? placeProblem(fields)
    if (problem) form.setError(problem)
    else void form.submit(fields)
  }

  return (
    <StaffForm onSubmit={send}>
      {plate ? null : <ChoiceChips label="种类" choices={PLATE_KIND_CHOICES} value={kind} onChange={setKind} />}
      <TextField label="位置名称" value={label} onChange={setLabel} maxlength={40} placeholder="例如 南关社区 3 号楼单元门" hint="印在海报上，也显示在扫码页" />
      <PlaceFields place={place} onChange={setPlace} />
      <FormProblem message={form.error} />
      <ActionButton disabled={form.busy} onClick={send}>
        {form.busy ? '正在保存…' : plate ? '保存修改' : '创建联系牌'}
      </ActionButton>
    </StaffForm>
  )
}
