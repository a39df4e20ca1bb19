import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Page from '@/components/Page'
import './index.css'

interface StaffPageProps {
  title?: string
  children: ReactNode
  className?: string
}

/** The root of every console page: the phone layout on a phone, a centred column on a desktop. */
export default function StaffPage({ title, children, className }: StaffPageProps) {
  return (
    <Page className={['staff-page', className ?? ''].filter(Boolean).join(' ')}>
      <View className='staff-page__column'>
        {title ? <Text className='staff-page__title'>{title}</Text> : null}
        {children}
      </View>
    </Page>
  )
}
