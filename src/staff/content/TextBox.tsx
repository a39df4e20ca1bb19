import { Text, Textarea, View } from '@tarojs/components'
import '@/styles/form.css'
import '@/styles/input.css'
import './TextBox.css'

interface TextBoxProps {
  label: string
  value: string
  onChange: (value: string) => void
  maxlength: number
  placeholder?: string
  hint?: string
  /** Taller, for stories and explanations. */
  tall?: boolean
}

/** A labelled text of several lines, with how many characters are left. */
export default function TextBox({ label, value, onChange, maxlength, placeholder, hint, tall = false }: TextBoxProps) {
  return (
    <View className="jmt-field">
      <Text className="jmt-label jmt-field__label">{label}</Text>
      <Textarea
        className={tall ? 'jmt-input jmt-input--multiline text-box__input--tall' : 'jmt-input jmt-input--multiline'}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass="jmt-placeholder"
        aria-label={label}
        onInput={(event) => onChange(event.detail.value)}
      />
      <Text className="jmt-hint jmt-field__hint">{`${hint ? `${hint}　` : ''}${value.length}/${maxlength}`}</Text>
    </View>
  )
}
