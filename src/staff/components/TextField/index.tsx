import { Input, Text, View } from '@tarojs/components'
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
  onConfirm?: () => void
}

/** One labelled line of input, as large as a button. */
export default function TextField({ label, value, onChange, placeholder, hint, type = 'text', maxlength = 100, onConfirm }: TextFieldProps) {
  return (
    <View className='text-field'>
      <Text className='text-field__label'>{label}</Text>
      <Input
        className='text-field__input'
        value={value}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass='text-field__placeholder'
        aria-label={label}
        onInput={(event) => onChange(event.detail.value)}
        onConfirm={onConfirm}
      />
      {hint ? <Text className='text-field__hint'>{hint}</Text> : null}
    </View>
  )
}
