import { Input, Text, Textarea, View } from '@tarojs/components'
import './index.css'

/**
 * The fields of the resident forms (线索举报, 矛盾纠纷调解): large, labelled, each with its hint.
 * Kept apart from the console's fields so the resident pages carry nothing of the staff subpackage.
 */

interface ChipsProps<V extends string> {
  label: string
  choices: readonly { value: V; label: string }[]
  value: V | null
  onChange: (value: V) => void
}

export function ReportChips<V extends string>({ label, choices, value, onChange }: ChipsProps<V>) {
  return (
    <View className="report-field">
      <Text className="jmt-label report-field__label">{label}</Text>
      <View className="report-field__chips" role="radiogroup" aria-label={label}>
        {choices.map((choice) => (
          <View
            key={choice.value}
            role="radio"
            aria-checked={choice.value === value}
            className={choice.value === value ? 'report-field__chip report-field__chip--on' : 'report-field__chip'}
            onClick={() => onChange(choice.value)}
          >
            <Text>{choice.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

interface TextProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  hint?: string
  maxlength: number
  /** Shows 已写 n / max 字 under a long text. */
  counted?: boolean
}

export function ReportLongText({ label, value, onChange, placeholder, hint, maxlength, counted = true }: TextProps) {
  return (
    <View className="report-field">
      <Text className="jmt-label report-field__label">{label}</Text>
      <Textarea
        className="report-field__area"
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        aria-label={label}
        autoHeight
        onInput={(event) => onChange(event.detail.value)}
      />
      {counted ? <Text className="jmt-hint report-field__hint">{`已写 ${value.trim().length} / ${maxlength} 字`}</Text> : null}
      {hint ? <Text className="jmt-hint report-field__hint">{hint}</Text> : null}
    </View>
  )
}

export function ReportLine({ label, value, onChange, placeholder, hint, maxlength, type = 'text' }: TextProps & { type?: 'text' | 'number' }) {
  return (
    <View className="report-field">
      <Text className="jmt-label report-field__label">{label}</Text>
      <Input
        className="report-field__input"
        value={value}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        aria-label={label}
        onInput={(event) => onChange(event.detail.value)}
      />
      {hint ? <Text className="jmt-hint report-field__hint">{hint}</Text> : null}
    </View>
  )
}
