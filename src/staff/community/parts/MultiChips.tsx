import { Text, View } from '@tarojs/components'
import '../../components/ChoiceChips/index.css'

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
    <View className="choice-chips">
      <Text className="jmt-label choice-chips__label">{label}</Text>
      <View className="choice-chips__row">
        {choices.map((choice) => {
          const on = values.includes(choice.value)
          return (
            <View
              key={String(choice.value)}
              className={on ? 'choice-chips__chip choice-chips__chip--on' : 'choice-chips__chip'}
              hoverClass="choice-chips__chip--pressed"
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
