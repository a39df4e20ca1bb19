import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Page from '@/components/Page'
import './index.css'

interface StaffPageProps {
  title?: string
  children: ReactNode
  className?: string
  /** A list page: on a screen 1024 px or wider it takes the width a table and its filters need. */
  wide?: boolean
}

/** The root of every console page: the phone layout on a phone, a centred column on a desktop. */
export default function StaffPage({ title, children, className, wide = false }: StaffPageProps) {
  return (
    <Page className={['staff-page', wide ? 'staff-page--wide' : '', className ?? ''].filter(Boolean).join(' ')}>
      <View className="staff-page__column">
        {title ? <Text className="jmt-hero staff-page__title">{title}</Text> : null}
        {children}
      </View>
    </Page>
  )
}
