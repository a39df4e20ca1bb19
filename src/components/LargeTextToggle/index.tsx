import { Text, View } from '@tarojs/components'
import { useLargeText } from '../../hooks/useLargeText'
import './index.css'

/** 大字模式 on/off: the whole row is the switch, so it is easy to hit. */
export default function LargeTextToggle() {
  const [large, setLarge] = useLargeText()
  return (
    <View className="jmt-card large-text-toggle" hoverClass="large-text-toggle--pressed" onClick={() => setLarge(!large)}>
      <View className="large-text-toggle__words">
        <Text className="jmt-title">大字模式</Text>
        <Text className="jmt-hint">{large ? '已开启，所有页面的字都放大了' : '开启后，所有页面的字都会放大'}</Text>
      </View>
      <View
        className={large ? 'large-text-toggle__switch large-text-toggle__switch--on' : 'large-text-toggle__switch'}
        data-testid="large-text-switch"
        data-on={large ? 'yes' : 'no'}
      >
        <Text className="large-text-toggle__state">{large ? '开' : '关'}</Text>
        <View className="large-text-toggle__knob" />
      </View>
    </View>
  )
}
