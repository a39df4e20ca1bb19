import type { FraudType } from '../../types/fraud'
import { FRAUD_TYPES } from '../../types/fraud-words'
import { ApiError, call } from '../api'
import { useRemote } from '../hooks/useRemote'
import { useParam } from '@/hooks/useParam'

/** The newest few, for the tab. */
const LATEST = 3

export function useFraudTypes() {
  return useRemote(async () => (await call('fraud', 'listTypes', {})).items)
}

export function useLatestArticles(type?: FraudType, limit = LATEST) {
  return useRemote(() => call('fraud', 'listArticles', { limit, ...(type ? { type } : {}) }), [type, limit])
}

export function useLatestCases(type?: FraudType, limit = LATEST) {
  return useRemote(() => call('fraud', 'listCases', { limit, ...(type ? { type } : {}) }), [type, limit])
}

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
