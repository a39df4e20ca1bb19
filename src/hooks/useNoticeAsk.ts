import { useEffect, useState } from 'react'
import { requestSubscriptions } from '../api/subscribe'
import { useLatest } from './useLatest'
import { depsKey } from './deps-key'

/**
 * Subscribe-message templates read once when the page opens, so that the tap that sends a form can
 * ask for them (WeChat's dialog only shows in answer to a tap; in H5 the local cloud's stand-in of
 * 允许). Returns the ask, to call inside the tap before anything is awaited. Without templates the
 * form still works, only without notices.
 */
export function useNoticeAsk(loadTemplates: () => Promise<string[]>, deps: readonly unknown[] = []): () => Promise<void> {
  const loadRef = useLatest(loadTemplates)
  const key = depsKey(deps)
  const [templates, setTemplates] = useState<string[]>([])
  useEffect(() => {
    let current = true
    loadRef.current().then(
      (ids) => current && setTemplates(ids),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [key, loadRef])
  return () => requestSubscriptions(templates).then(() => undefined)
}
