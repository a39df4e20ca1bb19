import { Text, View } from '@tarojs/components'
import { NOT_AN_EMERGENCY_SHORT } from '@/types/contact'
import { dial } from '../../contact/dial'
import ActionButton from '../ActionButton'
import './index.css'

/**
 * 110 in one tap and the not-an-emergency notice in one line, at the top of a card: someone in
 * trouble who scanned a plate finds it in the first screen, in 大字模式 too. The full block of
 * emergency numbers stays further down.
 */
export default function EmergencyBar() {
  return (
    <View className="emergency-bar" data-testid="emergency-bar">
      <Text className="emergency-bar__notice">{NOT_AN_EMERGENCY_SHORT}</Text>
      <ActionButton tone="emergency" className="emergency-bar__call" onClick={() => dial('110')}>
        拨打 110
      </ActionButton>
    </View>
  )
}
