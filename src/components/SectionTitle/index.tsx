import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'

/** The heading of a section of a page (app-wide.css's jmt-section-title); `className` adds the page's own spacing. */
export default function SectionTitle({ children, className }: { children: ReactNode; className?: string }) {
  return <Text className={className ? `jmt-section-title ${className}` : 'jmt-section-title'}>{children}</Text>
}
