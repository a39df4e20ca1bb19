import Taro from '@tarojs/taro'

/** Every page of the console, in one place: pages link to each other only through these. */
export const consoleUrls = {
  home: '/staff/index/index',
  stations: '/staff/stations/index',
  officers: '/staff/officers/index',
  officerEdit: (officerId?: string) => (officerId ? `/staff/officers/edit?officerId=${encodeURIComponent(officerId)}` : '/staff/officers/edit'),
  plates: '/staff/plates/index',
  plateNew: '/staff/plates/new',
  plateBatch: '/staff/plates/batch',
  plateDetail: (code: string) => `/staff/plates/detail?code=${encodeURIComponent(code)}`,
  platePoster: (code: string) => `/staff/plates/poster?code=${encodeURIComponent(code)}`,
  scanStats: '/staff/stats/index',
} as const

export function openConsolePage(url: string): void {
  Taro.navigateTo({ url })
}

/** Back to where the person came from, or to `url` when the page was opened directly (a link, a reload). */
export function returnTo(url: string): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.redirectTo({ url })
}
