import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AGREE_BUTTON_ID, answerPrivacyAuthorization, isPrivacyRequestOpen, onPrivacyRequest } from '../../privacy/authorization'
import { privacyUrls } from '../../privacy/urls'
import './index.css'

/**
 * 用户隐私保护提示: shown when a privacy API waits for the user's consent (see privacy/authorization).
 * 同意 is WeChat's agreePrivacyAuthorization button, so the platform knows the user tapped it.
 */
export default function PrivacyPopup() {
  const [open, setOpen] = useState(isPrivacyRequestOpen)
  useEffect(() => onPrivacyRequest(setOpen), [])
  if (!open) return null

  const readGuide = () => {
    if (process.env.TARO_ENV === 'weapp' && typeof Taro.openPrivacyContract === 'function') Taro.openPrivacyContract({})
    else void Taro.navigateTo({ url: privacyUrls.policy })
  }

  return (
    <View className="privacy-popup" role="dialog" aria-modal="true" aria-labelledby="privacy-popup-title">
      <View className="privacy-popup__box">
        <Text id="privacy-popup-title" className="jmt-title privacy-popup__title">
          用户隐私保护提示
        </Text>
        <Text className="jmt-text privacy-popup__text">这项功能需要用到您的个人信息（例如位置、相机或剪贴板）。使用前请阅读</Text>
        <Text className="jmt-text privacy-popup__link" onClick={readGuide}>
          《警民通隐私保护指引》
        </Text>
        <Text className="jmt-text privacy-popup__text">同意后才能继续；不同意也可以使用其他功能。</Text>
        <View className="privacy-popup__actions">
          <Button className="privacy-popup__button privacy-popup__button--quiet" onClick={() => answerPrivacyAuthorization(false)}>
            不同意
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="privacy-popup__button privacy-popup__button--agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => answerPrivacyAuthorization(true)}
            // H5 has no such open type; a tap is the agreement there.
            onClick={process.env.TARO_ENV === 'weapp' ? undefined : () => answerPrivacyAuthorization(true)}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
