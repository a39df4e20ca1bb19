import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { ErrorCode } from '@/types/errors'
import type { ApiError } from '../../api'
import type { Remote } from '../../hooks/useRemote'
import ActionButton from '../ActionButton'
import './index.css'

const ERROR_TITLES: Partial<Record<ErrorCode, string>> = {
  NOT_FOUND: '没有找到',
  FORBIDDEN: '没有权限查看',
  UNAUTHENTICATED: '需要重新登录',
  RATE_LIMITED: '操作太频繁了',
  CLOSED: '已经结束',
  FULL: '名额已满',
}

/** The headline of an error state, chosen by its code; the message under it comes from the server. */
export function errorTitle(error: ApiError, overrides: Partial<Record<ErrorCode, string>> = {}): string {
  return overrides[error.code] ?? ERROR_TITLES[error.code] ?? '暂时没能打开'
}

export interface PageStateProps<T> {
  remote: Remote<T>
  children: (data: T) => ReactNode
  loadingText?: string
  emptyTitle: string
  emptyHint?: string
  /** Shown under the retry button, e.g. another way to get help. */
  errorExtra?: (error: ApiError) => ReactNode
  /** Headlines for particular codes, e.g. NOT_FOUND → 没有找到这块联系牌. */
  errorTitles?: Partial<Record<ErrorCode, string>>
  /** For a section inside a page rather than the whole page. */
  compact?: boolean
  /** Whether trying again can help with this error (by default always): not for what does not exist. */
  canRetry?: (error: ApiError) => boolean
}

/** Loading, empty, error with 重试, or the data: every remote view goes through here. */
export default function PageState<T>({
  remote,
  children,
  loadingText = '正在加载…',
  emptyTitle,
  emptyHint,
  errorExtra,
  errorTitles,
  compact,
  canRetry,
}: PageStateProps<T>) {
  const boxClass = `page-state${compact ? ' page-state--compact' : ''}`
  switch (remote.status) {
    case 'loading':
      return (
        <View className={`${boxClass} page-state--loading`}>
          <View className="page-state__dots">
            <View className="page-state__dot" />
            <View className="page-state__dot" />
            <View className="page-state__dot" />
          </View>
          <Text className="jmt-secondary">{loadingText}</Text>
        </View>
      )
    case 'empty':
      return (
        <View className={`${boxClass} page-state--empty`}>
          <Text className="jmt-title page-state__title">{emptyTitle}</Text>
          {emptyHint ? <Text className="jmt-secondary">{emptyHint}</Text> : null}
        </View>
      )
    case 'error': {
      const { error } = remote
      const wait = error.code === 'RATE_LIMITED' && error.retryAfter ? `请 ${Math.ceil(error.retryAfter)} 秒后再试。` : ''
      return (
        <View className={`${boxClass} page-state--error`}>
          <Text className="jmt-title page-state__title">{errorTitle(error, errorTitles)}</Text>
          <Text className="jmt-secondary">
            {error.message}
            {wait}
          </Text>
          {!canRetry || canRetry(error) ? (
            <View className="page-state__actions">
              <ActionButton onClick={remote.retry}>重试</ActionButton>
            </View>
          ) : null}
          {errorExtra ? errorExtra(error) : null}
        </View>
      )
    }
    case 'ready':
      return <>{children(remote.data)}</>
  }
}
