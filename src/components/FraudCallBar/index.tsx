import { Text, View } from '@tarojs/components'
import { FRAUD_HOTLINE } from '@/types/contact'
import { dial } from '../../contact/dial'
import type { ShareCard } from '../../device/share'
import ActionButton from '../ActionButton'
import ShareButton from '../ShareButton'
import './index.css'

interface FraudCallBarProps {
  /** Offer 转发给家里人 with this card (the page's own share card). */
  share?: ShareCard
}

/** 96110 and 110, one tap each, under every article and case; and a share to family. */
export default function FraudCallBar({ share }: FraudCallBarProps) {
  return (
    <View className="fraud-calls">
      <ActionButton hint="拿不准的电话、短信、链接，先问问" onClick={() => dial(FRAUD_HOTLINE.number)}>
        {`拨打 ${FRAUD_HOTLINE.number} ${FRAUD_HOTLINE.label}`}
      </ActionButton>
      <View className="fraud-calls__gap" />
      <ActionButton tone="emergency" hint="已经转了钱，或正在被骗" onClick={() => dial('110')}>
        拨打 110 报警
      </ActionButton>
      <Text className="fraud-calls__note">已经转账或泄露了验证码，马上拨打 110 报警，保留聊天记录和转账凭证。</Text>
      {share ? <ShareButton label="转发给家里人" card={share} /> : null}
    </View>
  )
}
