import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { markLargeTextOffered, setLargeText, wasLargeTextOffered } from '../../settings/largeText'
import ActionButton from '../ActionButton'
import './index.css'

/**
 * On first use only: asks, in large type, whether the person wants 大字模式, so that someone who finds
 * the type too small never has to look for the switch on 我的. Once answered (here or there), gone.
 */
export default function LargeTextOffer() {
  const [open, setOpen] = useState(() => !wasLargeTextOffered())
  if (!open) return null
  const answer = (large: boolean) => {
    if (large) setLargeText(true)
    else markLargeTextOffered()
    setOpen(false)
  }
  return (
    <View className="jmt-card large-text-offer" role="dialog" aria-label="大字模式">
      <Text className="large-text-offer__question">字太小，看不清？</Text>
      <Text className="jmt-text large-text-offer__hint">可以把所有页面的字放大。以后在“我的 → 大字模式”里随时可以改。</Text>
      <ActionButton onClick={() => answer(true)}>把字放大</ActionButton>
      <View className="large-text-offer__no">
        <ActionButton tone="quiet" onClick={() => answer(false)}>
          不用了
        </ActionButton>
      </View>
    </View>
  )
}
