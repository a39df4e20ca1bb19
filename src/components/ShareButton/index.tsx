import type { ShareCard } from '../../device/share'
import { shareOnWeb } from '../../device/share'
import ActionButton from '../ActionButton'

interface ShareButtonProps {
  label: string
  /** What the H5 build shares; the mini-program shares the page's card (useShareCard). */
  card: ShareCard
  /** Tells the page's useShareCard which of its cards this button shares. */
  shareId?: string
}

/** 转发给家里人: WeChat's share in the mini-program, the phone's share sheet (or copy-link) on the web. */
export default function ShareButton({ label, card, shareId }: ShareButtonProps) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <ActionButton tone="secondary" openType="share" shareId={shareId}>
        {label}
      </ActionButton>
    )
  }
  return (
    <ActionButton tone="secondary" onClick={() => void shareOnWeb(card)}>
      {label}
    </ActionButton>
  )
}
