import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './index.css'

interface DeskLayoutProps {
  /** What narrows or acts on the list: filters, the page's own buttons. */
  side: ReactNode
  children: ReactNode
}

/**
 * Filters beside the list on a screen 1024 px or wider, above it on a phone (the same markup: the
 * columns are CSS only, so a mini-program keeps its layout untouched).
 */
export default function DeskLayout({ side, children }: DeskLayoutProps) {
  return (
    <View className="desk-layout">
      <View className="desk-layout__side">{side}</View>
      <View className="desk-layout__main">{children}</View>
    </View>
  )
}
