import { Text, View } from '@tarojs/components'
import { dial } from '../../contact/dial'
import ActionButton from '../ActionButton'
import './index.css'

/** First on every report and mediation form: anything urgent goes to 110, not to a form. */
export default function ReportUrgent({ text }: { text: string }) {
  return (
    <View className="report-urgent">
      <Text className="jmt-label report-urgent__text">{text}</Text>
      <ActionButton tone="emergency" onClick={() => dial('110')}>
        拨打 110
      </ActionButton>
    </View>
  )
}
