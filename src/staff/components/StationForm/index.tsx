import { useState } from 'react'
import type { Station } from '@/types/org'
import ActionButton from '@/components/ActionButton'
import { call } from '@/api'
import { announceChange } from '../../changes'
import { useSubmit } from '../../hooks/useSubmit'
import FormProblem from '@/components/FormProblem'
import TextField from '@/components/TextField'
import StaffForm from '../StaffForm'

/** What the form checks before asking the server; the server has the last word. */
export function stationProblem(fields: { name: string; address: string; phone: string }): string | null {
  if (fields.name.trim().length < 2) return '请填写派出所或警务室的名称（至少 2 个字）'
  if (fields.address.trim().length < 2) return '请填写地址'
  if (!fields.phone.trim()) return '请填写对外公开的电话'
  return null
}

/** A 派出所 or 警务室, new or (with `station`) changed: name, address, public phone. */
export default function StationForm({ station, onDone }: { station?: Station; onDone: () => void }) {
  const [name, setName] = useState(station?.name ?? '')
  const [address, setAddress] = useState(station?.address ?? '')
  const [phone, setPhone] = useState(station?.phone ?? '')
  const form = useSubmit(
    (input: { name: string; address: string; phone: string }) =>
      station ? call('org', 'updateStation', { stationId: station.stationId, ...input }) : call('org', 'createStation', input),
    {
      toast: station ? '已保存' : '已新增',
      then: () => {
        announceChange('stations')
        onDone()
      },
    },
  )

  function send() {
    const fields = { name: name.trim(), address: address.trim(), phone: phone.trim() }
    const problem = stationProblem(fields)
    if (problem) form.setError(problem)
    else void form.submit(fields)
  }

  return (
    <StaffForm onSubmit={send}>
      <TextField label="名称" value={name} onChange={setName} placeholder="例如 城关派出所南关警务室" maxlength={40} />
      <TextField label="地址" value={address} onChange={setAddress} placeholder="居民找得到的地址" />
      <TextField label="对外电话" value={phone} onChange={setPhone} placeholder="例如 0931-8888000" maxlength={20} hint="印在联系牌上，居民扫码后也能看到" />
      <FormProblem message={form.error} />
      <ActionButton disabled={form.busy} onClick={send}>
        {form.busy ? '正在保存…' : station ? '保存' : '新增'}
      </ActionButton>
      {station ? (
        <ActionButton tone="quiet" disabled={form.busy} onClick={onDone}>
          不改了
        </ActionButton>
      ) : null}
    </StaffForm>
  )
}
