import { Text, Textarea, View } from '@tarojs/components'
import '@/styles/form.css'
import '@/styles/input.css'
import './parts.css'

interface StaffTextAreaProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  hint?: string
  maxlength?: number
}

/** A labelled multi-line field: notice bodies, replies, guide lists (one item a line). */
export default function StaffTextArea({ label, value, onChange, placeholder, hint, maxlength = 1000 }: StaffTextAreaProps) {
  return (
    <View className="jmt-field staff-area">
      <Text className="jmt-label jmt-field__label">{label}</Text>
      <Textarea
        className="jmt-input jmt-input--multiline staff-area__input"
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        aria-label={label}
        autoHeight
        onInput={(e) => onChange(e.detail.value)}
      />
      {hint ? <Text className="jmt-hint jmt-field__hint">{hint}</Text> : null}
    </View>
  )
}
