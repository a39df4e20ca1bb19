import type { ReactNode } from 'react'
import { Button, Text } from '@tarojs/components'
import './index.css'

export type ActionButtonTone = 'primary' | 'secondary' | 'emergency' | 'quiet'

interface ActionButtonProps {
  children: ReactNode
  onClick?: () => void
  tone?: ActionButtonTone
  /** A second, smaller line under the label. */
  hint?: string
  size?: 'normal' | 'large'
  className?: string
  openType?: 'share'
  /** With openType share: which of the page's share cards this button sends (read by useShareCard). */
  shareId?: string
  /** Greyed out and not clickable, e.g. while a form is being sent. */
  disabled?: boolean
}

/** A full-width button at least 96 design pixels tall, so it is easy to hit. */
export default function ActionButton({
  children,
  onClick,
  tone = 'primary',
  hint,
  size = 'normal',
  className,
  openType,
  shareId,
  disabled = false,
}: ActionButtonProps) {
  const classes = ['action-button', `action-button--${tone}`, `action-button--${size}`, disabled ? 'action-button--disabled' : '', className ?? '']
    .filter(Boolean)
    .join(' ')
  return (
    <Button
      className={classes}
      hoverClass={disabled ? 'none' : 'action-button--pressed'}
      disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
      openType={openType}
      data-share={shareId}
    >
      <Text className="action-button__label">{children}</Text>
      {hint ? <Text className="action-button__hint">{hint}</Text> : null}
    </Button>
  )
}
