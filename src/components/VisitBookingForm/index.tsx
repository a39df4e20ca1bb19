import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ActionOutput } from '@/types'
import type { VisitSession } from '@/types/visits'
import { call } from '../../api'
import { canReceiveNotices, requestSubscriptions } from '../../api/subscribe'
import { useVisitTemplates } from '../../hooks/useVisitTemplates'
import { toApiError } from '../../api/errors'
import ActionButton from '../ActionButton'
import TextField from '../TextField'
import { bookingRefusal, sessionDay, sessionHours } from '../VisitWords'
import '@/styles/form.css'
import './index.css'
import { CONTACT_PHONE_PROBLEM, isContactPhone, normalisePhone } from '@/types/contact-phone'
import FormProblem from '@/components/FormProblem'
import PhoneField from '../PhoneField'

export type Booked = ActionOutput<'visits', 'book'>

/** What the H5 build says where the mini-program offers 提醒我: a web page gets no WeChat message. */
export const NO_REMINDER_ON_WEB = '网页版收不到微信提醒，请记好时间。在微信里打开警民通预约，可以在开始前收到提醒。'

/** Why the form asks for a name and phone: one line, always on screen above the fields. */
export const PURPOSE_NOTICE = '姓名和电话只用于现场叫号和场次变动时联系你，活动结束后删除。'

export interface BookingDraft {
  matter: string
  name: string
  phone: string
}

/** The form's own check; the function has the last word. */
export function draftProblem(draft: BookingDraft, services: string[]): string | null {
  if (!draft.matter || !services.includes(draft.matter)) return '请选择要办理的事项'
  if (draft.name.trim().length > 20) return '姓名不能超过 20 个字'
  if (draft.phone.trim() && !isContactPhone(draft.phone)) return `${CONTACT_PHONE_PROBLEM}；也可以不填`
  return null
}

interface VisitBookingFormProps {
  session: VisitSession
  onBooked: (booked: Booked) => void
}

/**
 * Booking one session: the matter (one of the session's services), an optional name and phone under a
 * one-line purpose notice, and a 提醒我 switch. The tap that books asks WeChat, in one dialog, for the
 * notice of a changed or cancelled session and (with 提醒我 on) the reminder. The H5 build, which
 * cannot receive either, says so instead of offering the switch.
 */
export default function VisitBookingForm({ session, onBooked }: VisitBookingFormProps) {
  const [draft, setDraft] = useState<BookingDraft>({ matter: session.services.length === 1 ? (session.services[0] ?? '') : '', name: '', phone: '' })
  const [remind, setRemind] = useState(true)
  const templates = useVisitTemplates()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  function submit() {
    if (busy) return
    const found = draftProblem(draft, session.services)
    setProblem(found)
    if (found) return
    // Started before anything is awaited: WeChat shows the dialog only in answer to this tap.
    const wanted = templates ? (remind ? [templates.reminder, templates.cancelled] : [templates.cancelled]) : []
    const accepted = requestSubscriptions(wanted)
    setBusy(true)
    accepted
      .then((ids) =>
        call('visits', 'book', {
          sessionId: session.sessionId,
          matter: draft.matter,
          ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
          ...(draft.phone.trim() ? { phone: normalisePhone(draft.phone) } : {}),
          remind: remind && templates !== null && ids.includes(templates.reminder),
        }),
      )
      .then(
        (booked) => {
          setBusy(false)
          onBooked(booked)
        },
        (error: unknown) => {
          setBusy(false)
          setProblem(bookingRefusal(toApiError(error), session))
        },
      )
  }

  return (
    <View className="visit-booking-form">
      <View className="jmt-card visit-booking-form__session">
        <Text className="visit-booking-form__when">{`${sessionDay(session)} `}</Text>
        <Text className="visit-booking-form__when">{sessionHours(session)}</Text>
        <Text className="jmt-label visit-booking-form__place">{session.place.name}</Text>
        <Text className="jmt-muted">{session.place.address}</Text>
      </View>

      <Text className="jmt-label visit-booking-form__label">办理什么事</Text>
      <View className="jmt-chips visit-booking-form__matters" role="radiogroup" aria-label="办理什么事">
        {session.services.map((service) => (
          <View
            key={service}
            role="radio"
            aria-checked={draft.matter === service}
            className={draft.matter === service ? 'jmt-chip jmt-chip--on' : 'jmt-chip'}
            hoverClass="jmt-chip--pressed"
            onClick={() => setDraft({ ...draft, matter: service })}
          >
            <Text>{service}</Text>
          </View>
        ))}
      </View>

      <Text className="jmt-note">{PURPOSE_NOTICE}</Text>
      <TextField label="姓名" optional value={draft.name} maxlength={20} onChange={(name) => setDraft({ ...draft, name })} placeholder="方便民警叫号" />
      <PhoneField label="电话" optional value={draft.phone} onChange={(phone) => setDraft({ ...draft, phone })} placeholder="场次有变动时联系你" />

      {canReceiveNotices() ? (
        <View
          className="jmt-card visit-booking-form__remind"
          role="switch"
          aria-checked={remind}
          aria-label="开始前提醒我"
          hoverClass="visit-booking-form__remind--pressed"
          onClick={() => setRemind(!remind)}
        >
          <View className="visit-booking-form__remind-words">
            <Text className="jmt-title">提醒我</Text>
            <Text className="jmt-muted">开始前通过微信通知你一次</Text>
          </View>
          <View className={remind ? 'visit-booking-form__toggle visit-booking-form__toggle--on' : 'visit-booking-form__toggle'}>
            <View className="visit-booking-form__knob" />
          </View>
        </View>
      ) : (
        <Text className="jmt-muted visit-booking-form__no-reminder">{NO_REMINDER_ON_WEB}</Text>
      )}

      <FormProblem message={problem} />
      <ActionButton size="large" disabled={busy} onClick={submit}>
        {busy ? '正在预约…' : '确认预约'}
      </ActionButton>
    </View>
  )
}
