import { useEffect } from 'react'
import { useLatest } from '@/hooks/useLatest'

/**
 * What a form changed, so that a list page kept alive underneath (Taro keeps pages in a stack)
 * reloads when the person comes back to it.
 */
export type ConsoleTopic = 'stations' | 'officers' | 'plates'

const listeners = new Map<ConsoleTopic, Set<() => void>>()

export function announceChange(topic: ConsoleTopic): void {
  listeners.get(topic)?.forEach((listener) => listener())
}

export function useOnChange(topic: ConsoleTopic | undefined, listener: () => void): void {
  const listenerRef = useLatest(listener)
  useEffect(() => {
    if (!topic) return undefined
    const call = () => listenerRef.current()
    const set = listeners.get(topic) ?? new Set()
    set.add(call)
    listeners.set(topic, set)
    return () => {
      set.delete(call)
    }
  }, [topic, listenerRef])
}
