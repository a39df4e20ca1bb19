import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { VisitSession } from '@/types/visits'
import ActionButton from '@/components/ActionButton'
import { call } from '@/api'
import { chinaDate, chinaTime } from '@/time/china'
import { useSubmit } from '../../hooks/useSubmit'
import FormProblem from '@/components/FormProblem'
import { pressableByKey } from '../ChoiceChips/keys'
import StaffForm from '../StaffForm'
import StationPicker, { ANY_STATION } from '../StationPicker'
import TextField from '@/components/TextField'
import '@/styles/form.css'
import './index.css'

/** The matters of types/visits.ts VISIT_MATTERS, repeated: the app does not bundle zod. */
export const MATTERS = ['户籍咨询', '居住证', '出入境咨询', '身份证', '反诈咨询', '纠纷求助', '其他']

export interface SessionDraft {
  stationId: string
  title: string
  placeName: string
  address: string
  date: string
  from: string
  to: string
  capacity: string
  services: string[]
  note: string
}

export function draftOf(session?: VisitSession, stationId = ANY_STATION): SessionDraft {
  if (!session)
    return {
      stationId,
      title: '',
      placeName: '',
      address: '',
      date: '',
      from: '09:00',
      to: '11:30',
      capacity: '30',
      services: ['户籍咨询', '居住证', '反诈咨询'],
      note: '',
    }
  return {
    stationId: session.stationId,
    title: session.title,
    placeName: session.place.name,
    address: session.place.address,
    date: chinaDate(session.startsAt),
    from: chinaTime(session.startsAt) ?? '',
    to: chinaTime(session.endsAt) ?? '',
    capacity: String(session.capacity),
    services: session.services,
    note: session.note ?? '',
  }
}

const WEEK_MS = 7 * 24 * 3_600_000

/**
 * 复制上一场: the old session's place, hours, capacity and services for a new one, a week after it on
 * the same weekday, or the first such day still to come (a market's session is usually weekly).
 * Everything stays editable.
 */
export function draftCopiedFrom(old: VisitSession, now = Date.now()): SessionDraft {
  const draft = draftOf(old)
  let starts = Date.parse(old.startsAt) + WEEK_MS
  while (starts <= now) starts += WEEK_MS
  return { ...draft, date: chinaDate(starts) }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** The form's own checks, in Chinese; the function has the last word. */
export function sessionDraftProblem(d: SessionDraft): string | null {
  if (d.stationId === ANY_STATION) return '请选择派出所'
  if (d.title.trim().length < 2) return '请填写标题（至少 2 个字），例如 流动警务室进市场'
  if (d.placeName.trim().length < 2) return '请填写地点名称（至少 2 个字）'
  if (d.address.trim().length < 2) return '请填写地址（至少 2 个字）'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(Date.parse(`${d.date}T00:00:00+08:00`))) return '日期格式应为 2026-12-01'
  if (!TIME.test(d.from) || !TIME.test(d.to)) return '时间格式应为 09:00'
  if (d.to <= d.from) return '结束时间应晚于开始时间'
  const capacity = Number(d.capacity)
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 500) return '名额应为 1–500 的整数'
  if (d.services.length === 0) return '至少选择一项服务'
  return null
}

function fields(d: SessionDraft) {
  return {
    title: d.title.trim(),
    place: { name: d.placeName.trim(), address: d.address.trim() },
    startsAt: `${d.date}T${d.from}:00+08:00`,
    endsAt: `${d.date}T${d.to}:00+08:00`,
    capacity: Number(d.capacity),
    services: d.services,
    ...(d.note.trim() ? { note: d.note.trim() } : {}),
  }
}

interface VisitSessionFormProps {
  /** The session to change; absent for a new one. */
  session?: VisitSession
  /** A new session's form filled from this old one (复制上一场). */
  copyOf?: VisitSession
  /** An officer's own station; admins choose one. */
  ownStationId?: string
  onSaved: (sessionId: string) => void
}

/** Publishes a 流动警务室 session, or changes one (its station never changes). */
export default function VisitSessionForm({ session, copyOf, ownStationId, onSaved }: VisitSessionFormProps) {
  const [draft, setDraft] = useState<SessionDraft>(() => (copyOf ? draftCopiedFrom(copyOf) : draftOf(session, ownStationId)))
  const form = useSubmit(
    (d: SessionDraft) =>
      session
        ? call('visits', 'updateSession', { sessionId: session.sessionId, ...fields(d) })
        : call('visits', 'createSession', { stationId: d.stationId, ...fields(d) }),
    { toast: session ? '已保存' : '已发布', then: ({ sessionId }) => onSaved(sessionId) },
  )
  const set = (patch: Partial<SessionDraft>) => setDraft({ ...draft, ...patch })

  function toggleService(service: string) {
    set({ services: draft.services.includes(service) ? draft.services.filter((s) => s !== service) : [...draft.services, service] })
  }

  function send() {
    const problem = sessionDraftProblem({ ...draft, stationId: session?.stationId ?? ownStationId ?? draft.stationId })
    if (problem) form.setError(problem)
    else void form.submit({ ...draft, stationId: session?.stationId ?? ownStationId ?? draft.stationId })
  }

  return (
    <StaffForm onSubmit={send}>
      {session || ownStationId ? null : <StationPicker label="派出所" value={draft.stationId} onChange={(stationId) => set({ stationId })} />}
      <TextField label="标题" value={draft.title} onChange={(title) => set({ title })} maxlength={40} placeholder="例如 流动警务室进农贸市场" />
      <TextField label="地点名称" value={draft.placeName} onChange={(placeName) => set({ placeName })} maxlength={40} placeholder="例如 东岗农贸市场" />
      <TextField label="地址" value={draft.address} onChange={(address) => set({ address })} placeholder="例如 东岗路 66 号市场南门" />
      <TextField label="日期" value={draft.date} onChange={(date) => set({ date })} maxlength={10} placeholder="2026-12-01" hint="北京时间" />
      <View className="visit-session-form__times">
        <TextField label="开始" value={draft.from} onChange={(from) => set({ from })} maxlength={5} placeholder="09:00" />
        <TextField label="结束" value={draft.to} onChange={(to) => set({ to })} maxlength={5} placeholder="11:30" />
      </View>
      <TextField
        label="名额"
        type="number"
        value={draft.capacity}
        onChange={(capacity) => set({ capacity })}
        maxlength={3}
        hint={session ? `已有 ${session.booked} 人预约，名额不能少于这个数` : '1–500 人，排队时间按名额均分'}
      />
      <Text className="jmt-label jmt-field__label">提供的服务</Text>
      <View className="jmt-chips visit-session-form__services">
        {MATTERS.map((service) => {
          const on = draft.services.includes(service)
          return (
            <View
              key={service}
              role="checkbox"
              aria-checked={on}
              className={on ? 'jmt-chip jmt-chip--on' : 'jmt-chip'}
              onClick={() => toggleService(service)}
              {...pressableByKey(() => toggleService(service))}
            >
              <Text>{service}</Text>
            </View>
          )
        })}
      </View>
      <TextField label="备注（可不填）" value={draft.note} onChange={(note) => set({ note })} maxlength={200} placeholder="例如 请带身份证和户口簿" />
      <FormProblem message={form.error} />
      <ActionButton disabled={form.busy} onClick={send}>
        {form.busy ? '正在保存…' : session ? '保存修改' : '发布这一场'}
      </ActionButton>
    </StaffForm>
  )
}
