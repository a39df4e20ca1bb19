import Taro from '@tarojs/taro'

/** The H5 login of the local cloud: one token per browser, kept in Taro storage. */
export interface Session {
  token: string
  openid: string
}

export const SESSION_KEY = 'jmt.session'

export function readSession(): Session | null {
  try {
    const value: unknown = Taro.getStorageSync(SESSION_KEY)
    if (value && typeof value === 'object') {
      const { token, openid } = value as Partial<Session>
      if (typeof token === 'string' && token && typeof openid === 'string') return { token, openid }
    }
  } catch {
    // Unreadable storage is the same as no session: the caller logs in again.
  }
  return null
}

export function saveSession(session: Session): void {
  Taro.setStorageSync(SESSION_KEY, session)
}

export function clearSession(): void {
  Taro.removeStorageSync(SESSION_KEY)
}
