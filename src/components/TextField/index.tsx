import { useContext } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { EnterSubmits } from './EnterSubmits'
import '@/styles/form.css'
import '@/styles/input.css'
import './index.css'

export interface TextFieldProps {
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
  /** Several lines, twice as tall: a story, an article's paragraph. */
  tall?: boolean
  /** Shows 已写 n / max 字 under the field (long texts). */
  counted?: boolean
  /** Marks the field as optional in its label. */
  optional?: boolean
  /** The keyboard's 完成/确认 (Enter) on a one-line field; by default the form's own (EnterSubmits). */
  onConfirm?: () => void
}

/**
 * One labelled input, in the resident forms and the console alike: a line as tall as a button, or
 * several lines for a reason, a note, a story; optionally with how much is written.
 */
export default function TextField({
  label,
  value,
  onChange,
  placeholder,
  hint,
  type = 'text',
  maxlength = 100,
  multiline = false,
  tall = false,
  counted = false,
  optional = false,
  onConfirm,
}: TextFieldProps) {
  const submitForm = useContext(EnterSubmits)
  // What the one-line and the several-line input have alike.
  const input = {
    value,
    maxlength,
    placeholder,
    placeholderClass: 'jmt-placeholder',
    'aria-label': label,
    onInput: (event: { detail: { value: string } }) => onChange(event.detail.value),
  }
  return (
    <View className="jmt-field text-field">
      <Text className="jmt-label jmt-field__label">
        {label}
        {optional ? <Text className="text-field__optional">（可不填）</Text> : null}
      </Text>
      {multiline || tall ? (
        <Textarea className={tall ? 'jmt-input jmt-input--multiline text-field__input--tall' : 'jmt-input jmt-input--multiline'} {...input} />
      ) : (
        <Input className="jmt-input" type={type} {...input} onConfirm={onConfirm ?? submitForm} />
      )}
      {counted ? <Text className="jmt-hint jmt-field__hint">{`已写 ${value.length} / ${maxlength} 字`}</Text> : null}
      {hint ? <Text className="jmt-hint jmt-field__hint">{hint}</Text> : null}
    </View>
  )
}
