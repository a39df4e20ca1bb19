import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useLargeText } from '../../hooks/useLargeText'
import { useTabBarSync } from '../../hooks/useTabBarSync'
import PrivacyPopup from '../PrivacyPopup'
import './index.css'

interface PageProps {
  children: ReactNode
  className?: string
}

/**
 * The root of every page: carries the design tokens and the 大字模式 class, and WeChat's privacy popup;
 * on a tab page it also keeps the custom tab bar told which tab is selected and how large to draw.
 */
export default function Page({ children, className }: PageProps) {
  const [large] = useLargeText()
  useTabBarSync()
  const classes = ['jmt-page', large ? 'jmt-page--large' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes} data-testid="page">
      {children}
      <PrivacyPopup />
    </View>
  )
}
