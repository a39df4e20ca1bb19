import { useRouter } from '@tarojs/taro'
import { useMemo } from 'react'
import type { ActionOutput } from '../../types'
import { PLATE_CODE_PROBLEMS, readPlateCode } from '../../types/plate-code'
import { ApiError, call } from '../api'
import { plateCodeFromScene } from '../plate/code'
import { takePrerenderedCard } from '../plate/prerendered'
import { forgetCard, saveCard, savedCard, type SavedCard } from '../plate/saved-cards'
import { type Remote, useRemote } from './useRemote'
import { decodeParam } from './useParam'

type Card = ActionOutput<'plates', 'lookup'>

/** The cloud has answered that this code is not a plate: asking again cannot help. */
export function isMissingPlate(error: ApiError): boolean {
  return error.code === 'NOT_FOUND' || error.code === 'INVALID_ARGUMENT'
}

/**
 * What the page was opened with: `?code=` from a link or the code entry page, or `scene` when the
 * mini-program was opened by scanning a 小程序码.
 */
function usePlateParam(): { raw: string | null; code: string | null } {
  const { params } = useRouter()
  if (params.code) {
    const raw = decodeParam(params.code)
    const read = readPlateCode(raw)
    return { raw, code: read.ok ? read.code : null }
  }
  if (params.scene) return { raw: decodeParam(params.scene), code: plateCodeFromScene(params.scene) }
  return { raw: null, code: null }
}

/**
 * The card of the plate this page was opened for, from the cloud; and the card this phone kept from
 * an earlier scan, shown while the cloud answers and instead of a network error. A code that cannot
 * exist never reaches the cloud.
 */
export function usePlate(): { remote: Remote<Card>; saved: SavedCard | undefined } {
  const { raw, code } = usePlateParam()
  // Read once, before this visit's answer replaces it.
  const saved = useMemo(() => (code ? savedCard(code) : undefined), [code])
  const remote = useRemote(async () => {
    if (code) {
      try {
        const card = takePrerenderedCard(code) ?? (await call('plates', 'lookup', { code }))
        saveCard(card)
        // Counted apart, once the card is in hand: the card never waits for the count, and a count that
        // fails is no concern of the person reading it.
        void call('plates', 'countScan', { code }).catch(() => undefined)
        return card
      } catch (error) {
        if (error instanceof ApiError && isMissingPlate(error)) forgetCard(code)
        throw error
      }
    }
    if (!raw) throw new ApiError('INVALID_ARGUMENT', '没有读到联系牌编号，请重新扫码或输入编号。')
    const read = readPlateCode(raw)
    const problem = read.ok ? PLATE_CODE_PROBLEMS.format : PLATE_CODE_PROBLEMS[read.reason]
    throw new ApiError('INVALID_ARGUMENT', `${problem}。收到的编号是“${raw}”。`)
  }, [code, raw])
  return { remote, saved }
}
