import ActionButton, { type ActionButtonTone } from '@/components/ActionButton'
import { dial } from '@/contact/dial'
import { useDeskWidth } from '../../hooks/useDeskWidth'

interface CallNumberProps {
  phone: string
  label?: string
  tone?: ActionButtonTone
}

/**
 * A call button. A station PC cannot dial: at the desk width the button also shows the whole number,
 * to be dialled on the desk telephone.
 */
export default function CallNumber({ phone, label = '打电话', tone = 'secondary' }: CallNumberProps) {
  const desk = useDeskWidth()
  return (
    <ActionButton tone={tone} onClick={() => dial(phone)}>
      {desk ? `${label} ${phone}` : label}
    </ActionButton>
  )
}
