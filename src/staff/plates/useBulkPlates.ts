import { useState } from 'react'
import Taro from '@tarojs/taro'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import { announceChange } from '../changes'

/** What a bulk call did, said plainly: how many went through, and each plate that did not with its reason. */
export interface BulkResult {
  done: string
  failed: { code: string; message: string }[]
}

/** 停用所选 and 改绑所选: one call for all ticked plates, the outcome per plate kept for the page to show. */
export function useBulkPlates(onDone: () => void) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<BulkResult | null>(null)

  async function run(send: () => Promise<{ count: number; failed: BulkResult['failed'] }>, verb: string) {
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      const { count, failed } = await send()
      setResult({ done: `已${verb} ${count} 块${failed.length > 0 ? `，${failed.length} 块没有${verb}` : ''}`, failed })
      Taro.showToast({ title: `已${verb} ${count} 块`, icon: count > 0 ? 'success' : 'none' })
      announceChange('plates')
      onDone()
    } catch (failure) {
      setError(toApiError(failure).message)
    } finally {
      setBusy(false)
    }
  }

  return {
    busy,
    error,
    result,
    setError,
    dismiss: () => setResult(null),
    retire: (codes: string[], reason: string) =>
      run(async () => {
        const { retired, failed } = await call('plates', 'retireMany', { codes, reason })
        return { count: retired.length, failed }
      }, '停用'),
    rebind: (codes: string[], area: string, stationId: string) =>
      run(async () => {
        const { rebound, failed } = await call('plates', 'rebindMany', { codes, area, stationId })
        return { count: rebound.length, failed }
      }, '改绑'),
  }
}
