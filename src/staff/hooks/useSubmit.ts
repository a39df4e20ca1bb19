import { useState } from 'react'
import Taro from '@tarojs/taro'
import { toApiError } from '../../api/errors'

export interface Submit<I> {
  submit: (input: I) => Promise<boolean>
  busy: boolean
  /** The server's reason (already Chinese) when it refused, or the form's own. */
  error: string | null
  setError: (message: string | null) => void
}

/**
 * Sends a form once at a time: `busy` while it is out, the server's message when it refuses,
 * a toast when it is done.
 */
export function useSubmit<I, O>(send: (input: I) => Promise<O>, done: { toast: string | ((answer: O) => string); then?: (answer: O) => void }): Submit<I> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(input: I): Promise<boolean> {
    if (busy) return false
    setBusy(true)
    setError(null)
    try {
      const answer = await send(input)
      setBusy(false)
      Taro.showToast({ title: typeof done.toast === 'string' ? done.toast : done.toast(answer), icon: 'success' })
      done.then?.(answer)
      return true
    } catch (failure) {
      setBusy(false)
      setError(toApiError(failure).message)
      return false
    }
  }

  return { submit, busy, error, setError }
}
