import Taro from '@tarojs/taro'
import { pageUrl } from '../../types/page-url'

export function plateUrl(code: string): string {
  return pageUrl('pages/plate/index', { code })
}

/** Shows the card of a plate. */
export function openPlate(code: string, options: { replace?: boolean } = {}): void {
  const url = plateUrl(code)
  if (options.replace) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

/** The page where a plate code is typed in. */
export function openPlateEntry(): void {
  Taro.navigateTo({ url: pageUrl('pages/plate/enter') })
}
