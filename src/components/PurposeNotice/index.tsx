import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { privacyUrls } from '../../privacy/urls'
import './index.css'

interface PurposeNoticeProps {
  /** Why the form asks, in one plain sentence, e.g. 姓名和电话只用于民警现场核对，活动结束 90 天后删除。 */
  children: string
}

/**
 * 为什么要填: the purpose notice every form that asks for a name, phone or location shows above its
 * fields (PIPL: say why, ask nothing the purpose does not need), with a link to the 隐私说明.
 */
export default function PurposeNotice({ children }: PurposeNoticeProps) {
  return (
    <View className="purpose-notice" role="note">
      <Text className="purpose-notice__text">{children}</Text>
      <Text className="purpose-notice__link" onClick={() => void Taro.navigateTo({ url: privacyUrls.policy })}>
        隐私说明
      </Text>
    </View>
  )
}
