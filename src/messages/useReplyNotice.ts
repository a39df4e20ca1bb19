import { useEffect, useState } from 'react'
import { call } from '../api'
import { requestSubscriptions } from '../api/subscribe'

/**
 * The reply-notice template, read when the page opens, so that the tap that sends a message can ask
 * for one notice of the officer's answer (WeChat's dialog only shows in answer to a tap). Without a
 * template the message is still sent, only without a notice.
 */
export function useReplyNotice(): () => Promise<void> {
  const [template, setTemplate] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    call('messages', 'templates', {}).then(
      ({ reply }) => current && setTemplate(reply),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [])
  return () => requestSubscriptions(template ? [template] : []).then(() => undefined)
}
