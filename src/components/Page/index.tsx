import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useLargeText } from '../../hooks/useLargeText'
import PrivacyPopup from '../PrivacyPopup'
import './index.css'

interface PageProps {
  children: ReactNode
  className?: string
}

/** The root of every page: carries the design tokens and the 大字模式 class, and WeChat's privacy popup. */
export default function Page({ children, className }: PageProps) {
  const [large] = useLargeText()
  const classes = ['jmt-page', large ? 'jmt-page--large' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes} data-testid='page'>
      {children}
      <PrivacyPopup />
    </View>
  )
}
