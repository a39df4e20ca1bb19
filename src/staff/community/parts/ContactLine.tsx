import { Text, View } from '@tarojs/components'
import { maskPhone } from '@/types/community-words'
import CallNumber from '../../components/CallNumber'

/** A resident's number, masked on a phone's screen; the call button dials the whole number (and shows it at a desk). */
export default function ContactLine({ contact }: { contact: string }) {
  return (
    <View className="queue-card__actions">
      <Text className="jmt-hint queue-card__line">{`联系电话 ${maskPhone(contact)}`}</Text>
      <CallNumber phone={contact} />
    </View>
  )
}
