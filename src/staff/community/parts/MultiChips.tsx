import { Text, View } from '@tarojs/components'
import '@/styles/form.css'

interface MultiChipsProps<V extends string | number> {
  label: string
  choices: readonly { value: V; label: string }[]
  values: V[]
  onChange: (values: V[]) => void
}

/** Like ChoiceChips, but any number may be chosen: services offered, days open. */
export default function MultiChips<V extends string | number>({ label, choices, values, onChange }: MultiChipsProps<V>) {
  const toggle = (value: V) => onChange(values.includes(value) ? values.filter((v) => v !== value) : [...values, value])
  return (
    <View className="jmt-field">
      <Text className="jmt-label jmt-field__label">{label}</Text>
      <View className="jmt-chips">
        {choices.map((choice) => {
          const on = values.includes(choice.value)
          return (
            <View
              key={String(choice.value)}
              className={on ? 'jmt-chip jmt-chip--on choice-chips__chip' : 'jmt-chip choice-chips__chip'}
              hoverClass="jmt-chip--pressed"
              aria-pressed={on}
              onClick={() => toggle(choice.value)}
            >
              <Text>{choice.label}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
