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
  // One expression with the build's platform as its test: webpack drops the other branch, and with it the
  // web's share code from the mini-program (code after an early return it would keep).
  return process.env.TARO_ENV === 'weapp' ? (
    <ActionButton tone="secondary" openType="share" shareId={shareId}>
      {label}
    </ActionButton>
  ) : (
    <ActionButton tone="secondary" onClick={() => void shareOnWeb(card)}>
      {label}
    </ActionButton>
  )
}
