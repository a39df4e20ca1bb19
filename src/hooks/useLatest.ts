import { useLayoutEffect, useRef } from 'react'

/**
 * The newest `value` for code that runs later (an effect's load, a listener), so that passing a new
 * function on every render neither restarts the effect nor leaves it calling an old one. Updated after
 * render, as React asks: render itself stays free of side effects.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
