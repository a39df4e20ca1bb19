import { Text, View } from '@tarojs/components'
import type { ActionOutput } from '@/types'
import { EMERGENCY_NUMBERS, FRAUD_HOTLINE, NOT_AN_EMERGENCY_CHANNEL } from '@/types/contact'
import QrImage from '../QrImage'
import './index.css'

/** Said instead of a name when the plate's area has no officer: the plate stays right when one comes. */
export const NO_OFFICER_NAME = '本社区民警'

interface PlatePosterProps {
  card: ActionOutput<'plates', 'lookup'>
  pngBase64: string
}

/** The A5 sheet that goes on the wall: the area, its officer, the phones, the QR, the emergency numbers. */
export default function PlatePoster({ card, pngBase64 }: PlatePosterProps) {
  const { plate, officer, station } = card
  const numbers = [...EMERGENCY_NUMBERS, FRAUD_HOTLINE]
  return (
    <View className="plate-poster">
      <View className="plate-poster__band">
        <Text className="plate-poster__title">警民联系牌</Text>
      </View>
      <Text className="plate-poster__area">{plate.area}</Text>
      <Text className="plate-poster__place">{plate.label}</Text>
      <View className="plate-poster__officer">
        <Text className="plate-poster__name">{officer ? officer.name : NO_OFFICER_NAME}</Text>
        {officer ? <Text className="plate-poster__badge">{`警号 ${officer.badgeNo}`}</Text> : null}
        {officer ? <Text className="plate-poster__phone">{`民警电话 ${officer.phone}`}</Text> : null}
        <Text className="plate-poster__phone">{`${station.name} ${station.phone}`}</Text>
      </View>
      <QrImage pngBase64={pngBase64} code={plate.code} size="poster" />
      <Text className="plate-poster__scan">微信扫一扫，找到社区民警</Text>
      <View className="plate-poster__numbers">
        {numbers.map(({ number, label }) => (
          <View className="plate-poster__number" key={number}>
            <Text className="plate-poster__digits">{number}</Text>
            <Text className="plate-poster__what">{label}</Text>
          </View>
        ))}
      </View>
      <Text className="plate-poster__notice">{NOT_AN_EMERGENCY_CHANNEL}</Text>
      <Text className="plate-poster__code">{`编号 ${plate.code}`}</Text>
    </View>
  )
}
