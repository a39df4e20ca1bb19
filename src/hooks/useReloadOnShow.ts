import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/**
 * Loads again whenever the page comes back into view (after booking, cancelling or an editor closing
 * on another page, what it shows may have changed), but not on the first show, which the first load
 * already covers.
 */
export function useReloadOnShow(reload: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) reload()
    shown.current = true
  })
}
