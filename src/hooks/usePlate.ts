import { useRouter } from '@tarojs/taro'
import { PLATE_CODE_PROBLEMS, readPlateCode } from '../../types/plate-code'
import { ApiError, call } from '../api'
import { plateCodeFromScene } from '../plate/code'
import { takePrerenderedCard } from '../plate/prerendered'
import { useRemote } from './useRemote'

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * What the page was opened with: `?code=` from a link or the code entry page, or `scene` when the
 * mini-program was opened by scanning a 小程序码.
 */
function usePlateParam(): { raw: string | null; code: string | null } {
  const { params } = useRouter()
  if (params.code) {
    const raw = safeDecode(params.code)
    const read = readPlateCode(raw)
    return { raw, code: read.ok ? read.code : null }
  }
  if (params.scene) return { raw: safeDecode(params.scene), code: plateCodeFromScene(params.scene) }
  return { raw: null, code: null }
}

/** The card of the plate this page was opened for. A code that cannot exist never reaches the cloud. */
export function usePlate() {
  const { raw, code } = usePlateParam()
  return useRemote(() => {
    if (code) {
      const inlined = takePrerenderedCard(code)
      return inlined ? Promise.resolve(inlined) : call('plates', 'lookup', { code })
    }
    if (!raw) return Promise.reject(new ApiError('INVALID_ARGUMENT', '没有读到联系牌编号，请重新扫码或输入编号。'))
    const read = readPlateCode(raw)
    const problem = read.ok ? PLATE_CODE_PROBLEMS.format : PLATE_CODE_PROBLEMS[read.reason]
    return Promise.reject(new ApiError('INVALID_ARGUMENT', `${problem}。收到的编号是“${raw}”。`))
  }, [code, raw])
}
