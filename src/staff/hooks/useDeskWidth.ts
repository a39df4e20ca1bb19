import { useEffect, useState } from 'react'

/**
 * The width from which the console is laid out for a station PC: tables, filters beside the list,
 * numbered pages. The same number is written in the staff CSS (media query widths are not converted
 * by Taro, so CSS pixels there are the browser's).
 */
export const DESK_MIN_WIDTH = 1024
export const DESK_MEDIA_QUERY = `(min-width: ${DESK_MIN_WIDTH}px)`

function deskQuery(): MediaQueryList | null {
  // A mini-program has no desk layout: WeChat's PC client shows the phone layout in a phone-sized window.
  if (process.env.TARO_ENV !== 'h5') return null
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null
  return window.matchMedia(DESK_MEDIA_QUERY)
}

/** Whether the console is on a screen 1024 px or wider (H5 only); follows resizes. */
export function useDeskWidth(): boolean {
  const [desk, setDesk] = useState(() => deskQuery()?.matches ?? false)
  useEffect(() => {
    const query = deskQuery()
    if (!query) return undefined
    const follow = () => setDesk(query.matches)
    follow()
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [])
  return desk
}
