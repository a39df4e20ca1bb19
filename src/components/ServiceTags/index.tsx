import { Text, View } from '@tarojs/components'
import './index.css'

interface ServiceTagsProps {
  /** What is offered: a session's services (办理的事项), a watch point's help (避险, 报警 …). */
  services: readonly string[]
  /** Outlined rather than filled: where the card already has colour enough. */
  outlined?: boolean
  /** At body size, where the tags are the main content (a session's page) rather than a card's detail. */
  large?: boolean
  /** The caller's spacing. */
  className?: string
}

/** What a place offers, one tag each, wrapping onto as many lines as it needs. */
export default function ServiceTags({ services, outlined = false, large = false, className }: ServiceTagsProps) {
  const look = [outlined ? 'service-tags--outlined' : '', large ? 'service-tags--large' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={look ? `service-tags ${look}` : 'service-tags'}>
      {services.map((service) => (
        <Text key={service} className="service-tags__tag">
          {service}
        </Text>
      ))}
    </View>
  )
}
