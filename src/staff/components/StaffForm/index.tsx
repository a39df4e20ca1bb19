import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { EnterSubmits } from '@/components/TextField/EnterSubmits'

interface StaffFormProps {
  /** What the form's main button does; Enter in any one-line field does the same. */
  onSubmit: () => void
  children: ReactNode
}

/** A console form in its card: Enter in a one-line field sends it, as at a desk. */
export default function StaffForm({ onSubmit, children }: StaffFormProps) {
  return (
    <EnterSubmits.Provider value={onSubmit}>
      <View className="jmt-card">{children}</View>
    </EnterSubmits.Provider>
  )
}
