import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { call } from '../../api'

type Kind = 'report' | 'mediation'

/**
 * In the mini-program: the subscribe-message template of progress notices, read once when the form
 * opens, so that the tap that sends the form can also ask WeChat for one notice (the dialog only
 * shows in answer to a tap). H5 has no subscribe messages: nothing is read or asked there.
 */
export function useProgressUpdates(kind: Kind): () => Promise<void> {
  const [template, setTemplate] = useState<string | null>(null)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return undefined
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
  return () =>
    template
      ? Taro.requestSubscribeMessage({ tmplIds: [template] } as Taro.requestSubscribeMessage.Option).then(
          () => undefined,
          () => undefined,
        )
      : Promise.resolve()
}
