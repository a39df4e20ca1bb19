import { Text, View } from '@tarojs/components'
import '@/styles/form.css'

interface ChipsProps<V extends string> {
  label: string
  choices: readonly { value: V; label: string }[]
  value: V | null
  onChange: (value: V) => void
}

/**
 * Large labelled choice chips of the resident forms (线索举报, 矛盾纠纷调解, 相约 requests); text goes in TextField.
 * The same chips as the console's and the booking form's, as a radio group.
 */
export function ReportChips<V extends string>({ label, choices, value, onChange }: ChipsProps<V>) {
  return (
    <View className="jmt-field">
      <Text className="jmt-label jmt-field__label">{label}</Text>
      <View className="jmt-chips" role="radiogroup" aria-label={label}>
        {choices.map((choice) => (
          <View
            key={choice.value}
            role="radio"
            aria-checked={choice.value === value}
            className={choice.value === value ? 'jmt-chip jmt-chip--on' : 'jmt-chip'}
            hoverClass="jmt-chip--pressed"
            onClick={() => onChange(choice.value)}
          >
            <Text>{choice.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
