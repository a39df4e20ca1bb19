import { Text, View } from '@tarojs/components'
import { chinaTime } from '../../time/china'
import './BindCodeCard.css'

/** A 绑定码 just made: shown once, large, with when it stops working. */
export default function BindCodeCard({ bindCode, expiresAt }: { bindCode: string; expiresAt: string }) {
  return (
    <View className="bind-code" aria-live="polite">
      <Text className="bind-code__label">绑定码</Text>
      <Text className="bind-code__digits" selectable>
        {`${bindCode.slice(0, 4)} ${bindCode.slice(4)}`}
      </Text>
      <Text className="bind-code__hint">{`${chinaTime(expiresAt) ?? ''} 前有效，只能用一次。离开本页后不再显示。`}</Text>
    </View>
  )
}
