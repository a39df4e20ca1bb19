import Taro from '@tarojs/taro'
import { type PageUrl, pageUrl } from '../../types/page-url'

/** Every page of the console, built on the route table: pages link to each other only through these. */
export const consoleUrls = {
  home: pageUrl('staff/index/index'),
  stations: pageUrl('staff/stations/index'),
  officers: pageUrl('staff/officers/index'),
  officerEdit: (officerId?: string) => pageUrl('staff/officers/edit', { officerId }),
  staffAccess: pageUrl('staff/officers/access'),
  bindCode: pageUrl('staff/officers/bind'),
  plates: pageUrl('staff/plates/index'),
  plateNew: pageUrl('staff/plates/new'),
  plateBatch: pageUrl('staff/plates/batch'),
  plateDetail: (code: string) => pageUrl('staff/plates/detail', { code }),
  platePoster: (code: string) => pageUrl('staff/plates/poster', { code }),
  batchPosters: (batchId: string) => pageUrl('staff/plates/posters', { batchId }),
  batchSheet: (batchId: string) => pageUrl('staff/plates/sheet', { batchId }),
  plateBatchOf: (batchId: string) => pageUrl('staff/plates/batch', { batchId }),
  scanStats: pageUrl('staff/stats/index'),
  audit: pageUrl('staff/audit/index'),
} as const

export function openConsolePage(url: PageUrl): void {
  Taro.navigateTo({ url })
}

/** Back to where the person came from, or to `url` when the page was opened directly (a link, a reload). */
export function returnTo(url: PageUrl): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.redirectTo({ url })
}
