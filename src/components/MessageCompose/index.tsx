import { useState } from 'react'
import { View } from '@tarojs/components'
import { MESSAGE_MAX_CHARACTERS, MESSAGE_MIN_CHARACTERS } from '@/types/messages-words'
import { toApiError } from '../../api/errors'
import ActionButton from '../ActionButton'
import TextField from '../TextField'
import './index.css'
import FormProblem from '@/components/FormProblem'

interface MessageComposeProps {
  label: string
  placeholder: string
  /** What the send button says. */
  action: string
  /** Sends the text; resolves when it has been accepted. Called inside the tap. */
  onSend: (text: string) => Promise<void>
}

/** A box to write a message, with the characters left, and the reason when it could not be sent. */
export default function MessageCompose({ label, placeholder, action, onSend }: MessageComposeProps) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const length = [...text.trim()].length

  const type = (value: string) => {
    setText(value)
    // A problem about the text goes as soon as the text is fixed.
    if (problem && [...value.trim()].length >= MESSAGE_MIN_CHARACTERS) setProblem(null)
  }

  async function send() {
    if (busy) return
    if (length < MESSAGE_MIN_CHARACTERS) {
      setProblem(`请至少写 ${MESSAGE_MIN_CHARACTERS} 个字`)
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await onSend(text.trim())
      setText('')
    } catch (error) {
      setProblem(toApiError(error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="message-compose">
      <TextField
        label={label}
        value={text}
        onChange={type}
        multiline
        maxlength={MESSAGE_MAX_CHARACTERS}
        placeholder={placeholder}
        hint={`还可以写 ${Math.max(0, MESSAGE_MAX_CHARACTERS - length)} 个字`}
      />
      <FormProblem message={problem} />
      <ActionButton onClick={() => void send()} disabled={busy}>
        {busy ? '正在发送…' : action}
      </ActionButton>
    </View>
  )
}
