import Taro from '@tarojs/taro'
import { LARGE_TEXT_KEY } from './largeTextKey'

/**
 * 大字模式: one app-wide setting, kept in Taro storage. Every page root reads it (see components/Page),
 * so a change on 我的 reaches the pages already open.
 */
export { LARGE_TEXT_KEY }

type Listener = () => void
const listeners = new Set<Listener>()
let value: boolean | null = null

export function isLargeText(): boolean {
  if (value === null) {
    try {
      value = Taro.getStorageSync(LARGE_TEXT_KEY) === true
    } catch {
      value = false
    }
  }
  return value
}

export function setLargeText(next: boolean): void {
  value = next
  try {
    Taro.setStorageSync(LARGE_TEXT_KEY, next)
  } catch {
    // The setting still applies for this visit; it just will not be remembered.
  }
  // Whoever has chosen a size has had their offer.
  markLargeTextOffered()
  listeners.forEach((listener) => listener())
}

/** Where we remember that 大字模式 was offered once (on first use), so it is never offered again. */
const OFFERED_KEY = 'jmt.largeTextOffered'

export function wasLargeTextOffered(): boolean {
  try {
    return Taro.getStorageSync(OFFERED_KEY) === true || Taro.getStorageSync(LARGE_TEXT_KEY) !== ''
  } catch {
    return true
  }
}

export function markLargeTextOffered(): void {
  try {
    Taro.setStorageSync(OFFERED_KEY, true)
  } catch {
    // Not remembered: offered again next time, which is harmless.
  }
}

export function subscribeLargeText(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Forgets the in-memory value so the next read comes from storage (a fresh start of the app). */
export function reloadLargeTextFromStorage(): void {
  value = null
}
