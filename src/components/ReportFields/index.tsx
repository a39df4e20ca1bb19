import { Text, View } from '@tarojs/components'
import './index.css'

interface ChipsProps<V extends string> {
  label: string
  choices: readonly { value: V; label: string }[]
  value: V | null
  onChange: (value: V) => void
}

/** Large labelled choice chips of the resident forms (线索举报, 矛盾纠纷调解, 相约 requests); text goes in TextField. */
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
