import type { ActionOutput } from '../../types'
import { PLATE_CARD_BLOCK_ID, PLATE_PRERENDER_ID } from '../../types/plate-page'

type Card = ActionOutput<'plates', 'lookup'>

/**
 * The card the local cloud inlined in the page when it was opened from a plate link (H5 only), for
 * this code, taken once: a retry or a later visit of the plate page asks the cloud again. The gateway
 * made the lookup (and counted the scan) for this very page load, so asking again would count twice.
 */
export function takePrerenderedCard(code: string): Card | undefined {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return undefined
  const block = document.getElementById(PLATE_CARD_BLOCK_ID)
  if (!block) return undefined
  block.remove()
  try {
    const card = JSON.parse(block.textContent ?? '') as Card
    return card?.plate?.code === code ? card : undefined
  } catch {
    return undefined
  }
}

/** Takes away the card drawn in plain HTML, once the plate page draws its own (or its error). */
export function removePrerenderedCard(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  document.getElementById(PLATE_PRERENDER_ID)?.remove()
}
