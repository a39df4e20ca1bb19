import { Text, View } from '@tarojs/components'
import type { Message } from '@/types/messages'
import { chinaMoment } from '../VisitWords'
import './index.css'

interface MessageThreadProps {
  messages: Message[]
  /** Whose page this is: their own messages sit on the right. */
  reader: 'resident' | 'staff'
}

function author(message: Message, reader: 'resident' | 'staff'): string {
  if (message.from === 'resident') return reader === 'resident' ? '我' : '居民'
  return message.by ? `民警 ${message.by}` : '派出所'
}

/** A conversation, oldest first: who wrote each message, when (China time), and what. */
export default function MessageThread({ messages, reader }: MessageThreadProps) {
  return (
    <View className="message-thread" aria-live="polite">
      {messages.map((m, i) => (
        <View key={`${m.at}-${i}`} className={`message-thread__item ${m.from === reader ? 'message-thread__item--mine' : ''}`} data-testid="message">
          <Text className="message-thread__meta">{`${author(m, reader)} · ${chinaMoment(m.at)}`}</Text>
          <Text className="jmt-text message-thread__bubble" userSelect>
            {m.text}
          </Text>
        </View>
      ))}
    </View>
  )
}
