import { Input, Text, Textarea, View } from '@tarojs/components'
import './index.css'

interface VisitFieldProps {
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
}

/** One labelled input of the 流动警务室 forms, as tall as a button. */
export default function VisitField({ label, value, onChange, placeholder, hint, type = 'text', maxlength = 100, multiline = false, optional = false }: VisitFieldProps) {
  return (
    <View className='visit-field'>
      <Text className='visit-field__label'>
        {label}
        {optional ? <Text className='visit-field__optional'>（可不填）</Text> : null}
      </Text>
      {multiline ? (
        <Textarea
          className='visit-field__input visit-field__input--multiline'
          value={value}
          maxlength={maxlength}
          placeholder={placeholder}
          placeholderClass='visit-field__placeholder'
          aria-label={label}
          onInput={(event) => onChange(event.detail.value)}
        />
      ) : (
        <Input
          className='visit-field__input'
          value={value}
          type={type}
          maxlength={maxlength}
          placeholder={placeholder}
          placeholderClass='visit-field__placeholder'
          aria-label={label}
          onInput={(event) => onChange(event.detail.value)}
        />
      )}
      {hint ? <Text className='visit-field__hint'>{hint}</Text> : null}
    </View>
  )
}
