import { useEffect, useState } from 'react'
import type { ActionOutput } from '../../types'
import { call } from '../api'

export type VisitTemplates = ActionOutput<'visits', 'templates'>

/**
 * The subscribe-message templates of the 流动警务室, read when a page opens so that a tap can ask for
 * them at once (WeChat's dialog shows only in answer to a tap, before anything is awaited). Null until
 * known, and when they cannot be read: the actions still work, only without messages.
 */
export function useVisitTemplates(): VisitTemplates | null {
  const [templates, setTemplates] = useState<VisitTemplates | null>(null)
  useEffect(() => {
    let current = true
    call('visits', 'templates', {}).then(
      (ids) => current && setTemplates(ids),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [])
  return templates
}
