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

export const MAX_BATCH = 500

/** What the form checks before asking the server; the server has the last word. */
export function batchProblem(count: string, labelPrefix: string, place: Place): string | null {
  const n = Number(count.trim())
  if (!count.trim() || !Number.isInteger(n) || n < 1 || n > MAX_BATCH) return `数量应为 1–${MAX_BATCH} 之间的整数`
  if (!labelPrefix.trim()) return '请填写名称前缀，例如 南关社区门牌'
  if (labelPrefix.trim().length > 30) return '名称前缀不能超过 30 个字'
  return placeProblem(place)
}

/** Many plates of one place and area at once, labelled 前缀001, 前缀002 … */
export default function BatchForm({ onCreated }: { onCreated: (batch: { codes: string[]; batchId: string }) => void }) {
  const [count, setCount] = useState('')
  const [kind, setKind] = useState<Plate['kind']>('plate')
  const [labelPrefix, setLabelPrefix] = useState('')
  const [place, setPlace] = useState<Place>(NO_PLACE)
  const form = useSubmit((input: { count: number; labelPrefix: string } & Place) => call('plates', 'createBatch', { kind, ...input }), {
    toast: ({ codes }) => `已生成 ${codes.length} 块`,
    then: (batch) => {
      announceChange('plates')
      onCreated(batch)
    },
  })

  function send() {
    const problem = batchProblem(count, labelPrefix, trimPlace(place))
    if (problem) form.setError(problem)
    else void form.submit({ count: Number(count.trim()), labelPrefix: labelPrefix.trim(), ...trimPlace(place) })
  }

  return (
    <StaffForm onSubmit={send}>
      <TextField label="数量" type="number" value={count} onChange={setCount} maxlength={3} placeholder={`1–${MAX_BATCH}`} hint={`一次最多 ${MAX_BATCH} 块`} />
      <ChoiceChips label="种类" choices={PLATE_KIND_CHOICES} value={kind} onChange={setKind} />
      <TextField
        label="名称前缀"
        value={labelPrefix}
        onChange={setLabelPrefix}
        maxlength={30}
        placeholder="例如 南关社区门牌"
        hint="每块的名称是前缀加序号，例如 南关社区门牌001"
      />
      <PlaceFields place={place} onChange={setPlace} />
      <FormProblem message={form.error} />
      <ActionButton disabled={form.busy} onClick={send}>
        {form.busy ? '正在生成…' : '批量生成'}
      </ActionButton>
    </StaffForm>
  )
}
