import { type ReactNode, useState } from 'react'
import { View } from '@tarojs/components'
import type { TicketKind } from '@/types/tickets'
import { toApiError } from '../../api/errors'
import ActionButton from '../ActionButton'
import { ReportChips } from '../ReportFields'
import { useProgressUpdates } from '../ReportUpdates'
import ReportUrgent from '../ReportUrgent'
import TextField from '../TextField'
import FormProblem from '@/components/FormProblem'

/** Characters a ticket's account needs at least, to be worth a station's time. */
const MIN_TEXT = 10

export interface TicketFormProps<C extends string> {
  /** Which progress notices the tap that sends asks for. */
  kind: TicketKind
  /** First on the form: what belongs to 110 rather than here. */
  urgent: string
  category: { label: string; choices: readonly { value: C; label: string }[]; missing: string }
  /** The account of the matter; `short` is said when it has fewer than 10 characters. */
  text: { label: string; placeholder: string; hint?: string; short: string }
  /** The kind's own fields, under the account. */
  children?: ReactNode
  /** What is wrong with the kind's own fields, or null. */
  problemOf?: () => string | null
  /** Sends the ticket (category and trimmed account); answers its number. */
  send: (category: C, text: string) => Promise<{ ticketNo: string }>
  submitText: string
  onSent: (ticketNo: string) => void
}

/**
 * A resident's ticket (线索举报, 矛盾纠纷调解; types/tickets.ts): 110 first, a category, an account of
 * what happened, the kind's own fields, then one tap that asks for progress notices and sends.
 */
export default function TicketForm<C extends string>({ kind, urgent, category, text, children, problemOf, send, submitText, onSent }: TicketFormProps<C>) {
  const [chosen, setChosen] = useState<C | null>(null)
  const [account, setAccount] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const askForUpdates = useProgressUpdates(kind)

  function check(): string | null {
    if (!chosen) return category.missing
    if (account.trim().length < MIN_TEXT) return text.short
    return problemOf?.() ?? null
  }

  async function submit() {
    const local = check()
    setProblem(local)
    if (local || !chosen || busy) return
    // Started in the tap, before anything is awaited: WeChat shows its dialog only then.
    const asked = askForUpdates()
    setBusy(true)
    try {
      await asked
      const { ticketNo } = await send(chosen, account.trim())
      onSent(ticketNo)
    } catch (error) {
      setProblem(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="ticket-form">
      <ReportUrgent text={urgent} />
      <ReportChips label={category.label} choices={category.choices} value={chosen} onChange={setChosen} />
      <TextField multiline counted label={text.label} value={account} onChange={setAccount} maxlength={1000} placeholder={text.placeholder} hint={text.hint} />
      {children}
      <FormProblem message={problem} />
      <ActionButton onClick={submit} disabled={busy}>
        {busy ? '正在提交…' : submitText}
      </ActionButton>
    </View>
  )
}
