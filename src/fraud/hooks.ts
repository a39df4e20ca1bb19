import type { FraudType } from '../../types/fraud'
import { call } from '../api'
import { useRemote } from '../hooks/useRemote'

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
