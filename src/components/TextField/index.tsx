import { useContext } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { EnterSubmits } from './EnterSubmits'
import '@/styles/form.css'
import '@/styles/input.css'
import './index.css'

interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  /** A line under the field explaining it. */
  hint?: string
  type?: 'text' | 'number'
  maxlength?: number
  /** Several lines (a reason, a note). */
  multiline?: boolean
  /** Marks the field as optional in its label. */
  optional?: boolean
  /** The keyboard's 完成/确认 (Enter) on a one-line field; by default the form's own (EnterSubmits). */
  onConfirm?: () => void
}

/** One labelled input, as tall as a button: a line, or several lines for a reason or a note. */
export default function TextField({
  label,
  value,
  onChange,
  placeholder,
  hint,
  type = 'text',
  maxlength = 100,
  multiline = false,
  optional = false,
  onConfirm,
}: TextFieldProps) {
  const submitForm = useContext(EnterSubmits)
  return (
    <View className="jmt-field text-field">
      <Text className="jmt-label jmt-field__label">
        {label}
        {optional ? <Text className="text-field__optional">（可不填）</Text> : null}
      </Text>
      {multiline ? (
        <Textarea
          className="jmt-input jmt-input--multiline"
          value={value}
          maxlength={maxlength}
          placeholder={placeholder}
          placeholderClass="jmt-placeholder"
          aria-label={label}
          onInput={(event) => onChange(event.detail.value)}
        />
      ) : (
        <Input
          className="jmt-input"
          value={value}
          type={type}
          maxlength={maxlength}
          placeholder={placeholder}
          placeholderClass="jmt-placeholder"
          aria-label={label}
          onInput={(event) => onChange(event.detail.value)}
          onConfirm={onConfirm ?? submitForm}
        />
      )}
      {hint ? <Text className="jmt-hint jmt-field__hint">{hint}</Text> : null}
    </View>
  )
}
