import { useRouter } from '@tarojs/taro'
import { ApiError } from '../api'
import { lookupPlate, type PlateView } from '../api/pending-domains'
import { normalisePlateCode, plateCodeFromScene } from '../plate/code'
import { useRemote, type Remote } from './useRemote'

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The plate a page was opened for: `?code=` from a link or the code entry page, or `scene` when the
 * mini-program was opened by scanning a 小程序码.
 */
export function usePlateCode(): { raw: string | null; code: string | null } {
  const { params } = useRouter()
  if (params.code) {
    const raw = safeDecode(params.code)
    return { raw, code: normalisePlateCode(raw) }
  }
  if (params.scene) {
    return { raw: safeDecode(params.scene), code: plateCodeFromScene(params.scene) }
  }
  return { raw: null, code: null }
}

export function usePlate(): { code: string | null; remote: Remote<PlateView> } {
  const { raw, code } = usePlateCode()
  const remote = useRemote(
    () => {
      if (code) return lookupPlate(code)
      const message = raw ? `“${raw}”不是联系牌编号，请对照联系牌再输入一次。` : '没有读到联系牌编号，请重新扫码或输入编号。'
      return Promise.reject(new ApiError('NOT_FOUND', message))
    },
    [code, raw],
  )
  return { code, remote }
}
