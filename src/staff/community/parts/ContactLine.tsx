import { Text, View } from '@tarojs/components'
import { maskPhone } from '@/types/community-words'
import ActionButton from '@/components/ActionButton'
import { dial } from '@/contact/dial'

/** A resident's number, masked on screen; the call button dials the whole number. */
export default function ContactLine({ contact }: { contact: string }) {
  return (
    <View className='queue-card__actions'>
      <Text className='queue-card__line'>{`联系电话 ${maskPhone(contact)}`}</Text>
      <ActionButton tone='secondary' onClick={() => dial(contact)}>
        打电话
      </ActionButton>
    </View>
  )
}
