import { useCallback, useSyncExternalStore } from 'react'
import { isLargeText, setLargeText, subscribeLargeText } from '../settings/largeText'

/** The 大字模式 setting and a way to change it. */
export function useLargeText(): [boolean, (next: boolean) => void] {
  const value = useSyncExternalStore(subscribeLargeText, isLargeText, isLargeText)
  const update = useCallback((next: boolean) => setLargeText(next), [])
  return [value, update]
}
