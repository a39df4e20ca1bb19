import { Image, Text, View } from '@tarojs/components'
import type { PlateOfficer } from '@/types/plates'
import { dial } from '../../contact/dial'
import ActionButton from '../ActionButton'
import './index.css'
import { keepWhole } from '../../text/keepWhole'

interface OfficerCardProps {
  officer: PlateOfficer
  /** The line over the name: 社区民警, or 您家的社区民警 on a 户口簿 stamp's card. */
  kicker?: string
}

/** The community officer of a plate's area: who, how to reach them, when on duty. */
export default function OfficerCard({ officer, kicker = '社区民警' }: OfficerCardProps) {
  const { name, badgeNo, phone, dutyHours, photoUrl } = officer
  return (
    <View className="jmt-card officer-card">
      <Text className="jmt-kicker officer-card__kicker">{kicker}</Text>
      <View className="officer-card__who">
        {photoUrl ? (
          <Image className="officer-card__photo" src={photoUrl} mode="aspectFill" />
        ) : (
          <View className="officer-card__photo officer-card__photo--initial">
            <Text>{name.slice(0, 1)}</Text>
          </View>
        )}
        <View className="officer-card__names">
          <Text className="jmt-hero officer-card__name">{name}</Text>
          {badgeNo ? <Text className="jmt-secondary">警号 {badgeNo}</Text> : null}
          {dutyHours ? <Text className="jmt-secondary">值班 {keepWhole(dutyHours)}</Text> : null}
        </View>
      </View>
      {phone ? (
        <ActionButton onClick={() => dial(phone)} hint={keepWhole(phone)}>
          {`打电话给${name}`}
        </ActionButton>
      ) : null}
    </View>
  )
}
