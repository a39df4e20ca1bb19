import { Text, View } from '@tarojs/components'
import '@/styles/card-head.css'

/** The head of a ticket's card, for its sender and in the console alike: its category, and its state as a tag. */
export default function TicketHead({ title, state }: { title: string; state: string }) {
  return (
    <View className="jmt-card-head">
      <Text className="jmt-title jmt-card-head__title">{title}</Text>
      <Text className="jmt-tag jmt-card-head__tag">{state}</Text>
    </View>
  )
}
