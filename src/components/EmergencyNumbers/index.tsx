import { Text, View } from '@tarojs/components'
import { dial } from '../../contact/dial'
import { EMERGENCY_NUMBERS, FRAUD_HOTLINE, NOT_AN_EMERGENCY_CHANNEL } from '@/types/contact'
import ActionButton from '../ActionButton'
import './index.css'

interface EmergencyNumbersProps {
  /** Also offer 96110, the anti-fraud hotline. */
  withFraudHotline?: boolean
}

/** 110 / 119 / 120 / 122, each one tap to call, and the reminder that this app is not how to report. */
export default function EmergencyNumbers({ withFraudHotline = true }: EmergencyNumbersProps) {
  return (
    <View className="emergency">
      <View className="jmt-alert">
        <Text>{NOT_AN_EMERGENCY_CHANNEL}</Text>
      </View>
      <View className="emergency__grid">
        {EMERGENCY_NUMBERS.map(({ number, label }) => (
          <View className="emergency__cell" key={number}>
            <ActionButton tone="emergency" hint={label} className="emergency__button" onClick={() => dial(number)}>
              {number}
            </ActionButton>
          </View>
        ))}
      </View>
      {withFraudHotline ? (
        <ActionButton tone="quiet" hint="接到可疑电话、短信，先打这个号码问一问" onClick={() => dial(FRAUD_HOTLINE.number)}>
          {`${FRAUD_HOTLINE.number} 反诈专线`}
        </ActionButton>
      ) : null}
    </View>
  )
}
