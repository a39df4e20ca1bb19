import { useEffect, useState } from 'react'

/**
 * The time a page goes by, read when it first draws and again every `everyMs`: what depends on the
 * clock (a booking can be cancelled until its session starts) changes on screen when the time comes,
 * and drawing stays a pure function of state.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
