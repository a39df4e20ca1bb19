import type { FraudType } from '../../types/fraud'
import { FRAUD_TYPES } from '../../types/fraud-types'
import { ApiError, call } from '../api'
import { useRemote } from '../hooks/useRemote'
import { useParam } from '@/hooks/useParam'

/**
 * What a 反诈 subpackage page shows, read from its link: the type of a list or quiz, the article or case
 * by id. Apart from ./hooks (the tab's lists), so that these stay out of the main package.
 */

export function useTypeParam(): FraudType | undefined {
  const type = useParam('type')
  return type && (FRAUD_TYPES as readonly string[]).includes(type) ? (type as FraudType) : undefined
}

const NO_ID = new ApiError('INVALID_ARGUMENT', '链接不完整，请从反诈页面重新打开。')

export function useArticle() {
  const id = useParam('id')
  return { id, article: useRemote(() => (id ? call('fraud', 'getArticle', { id }) : Promise.reject(NO_ID)), [id]) }
}

export function useCase() {
  const id = useParam('id')
  return { id, fraudCase: useRemote(() => (id ? call('fraud', 'getCase', { id }) : Promise.reject(NO_ID)), [id]) }
}
