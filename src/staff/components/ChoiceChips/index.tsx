import { Text, View } from '@tarojs/components'
import { pressableByKey } from './keys'
import '@/styles/form.css'

export interface Choice<V extends string> {
  value: V
  label: string
}

interface ChoiceChipsProps<V extends string> {
  label?: string
  choices: readonly Choice<V>[]
  value: V
  onChange: (value: V) => void
}

/** A short list of choices, each a large chip; the chosen one is filled. */
export default function ChoiceChips<V extends string>({ label, choices, value, onChange }: ChoiceChipsProps<V>) {
  return (
    <View className="jmt-field">
      {label ? <Text className="jmt-label jmt-field__label">{label}</Text> : null}
      <View className="jmt-chips">
        {choices.map((choice) => (
          <View
            key={choice.value}
            className={choice.value === value ? 'jmt-chip jmt-chip--on choice-chips__chip' : 'jmt-chip choice-chips__chip'}
            hoverClass="jmt-chip--pressed"
            role="button"
            aria-pressed={choice.value === value}
            onClick={() => onChange(choice.value)}
            {...pressableByKey(() => onChange(choice.value))}
          >
            <Text>{choice.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
