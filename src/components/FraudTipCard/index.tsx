import { Text, View } from '@tarojs/components'
import type { Tip } from '@/types/fraud'
import { fraudTypeLabel } from '../../fraud/kinds'
import './index.css'

/** 今日防骗提醒: one tip, large, with its fraud type when it has one. */
export default function FraudTipCard({ tip }: { tip: Tip }) {
  return (
    <View className="jmt-card fraud-tip">
      <Text className="fraud-tip__label">{tip.type ? `今日提醒 · ${fraudTypeLabel(tip.type)}` : '今日提醒'}</Text>
      <Text className="jmt-title fraud-tip__text">{tip.text}</Text>
    </View>
  )
}
