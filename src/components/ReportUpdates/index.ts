import { useEffect, useState } from 'react'
import { call } from '../../api'
import { requestSubscriptions } from '../../api/subscribe'

type Kind = 'report' | 'mediation'

/**
 * The subscribe-message template of progress notices, read once when the form opens, so that the tap
 * that sends the form can also ask for one notice (WeChat's dialog only shows in answer to a tap; in
 * H5 the local cloud's stand-in of 允许).
 */
export function useProgressUpdates(kind: Kind): () => Promise<void> {
  const [template, setTemplate] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    call('community', 'getStatusTemplates', {}).then(
      (templates) => current && setTemplate(templates[kind]),
      // Without a template the form still works, only without notices.
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [kind])
  return () => requestSubscriptions(template ? [template] : []).then(() => undefined)
}
