import { Text, Textarea, View } from '@tarojs/components'
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
    <View className="text-box">
      <Text className="jmt-label text-box__label">{label}</Text>
      <Textarea
        className={tall ? 'text-box__input text-box__input--tall' : 'text-box__input'}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass="text-box__placeholder"
        aria-label={label}
        onInput={(event) => onChange(event.detail.value)}
      />
      <Text className="jmt-hint text-box__hint">{`${hint ? `${hint}　` : ''}${value.length}/${maxlength}`}</Text>
    </View>
  )
}
