import Taro from '@tarojs/taro'

export function plateUrl(code: string): string {
  return `/pages/plate/index?code=${encodeURIComponent(code)}`
}

/** Shows the card of a plate. */
export function openPlate(code: string, options: { replace?: boolean } = {}): void {
  const url = plateUrl(code)
  if (options.replace) Taro.redirectTo({ url })
  else Taro.navigateTo({ url })
}

/** The page where a plate code is typed in (a subpackage: only those who cannot scan need it). */
export function openPlateEntry(): void {
  Taro.navigateTo({ url: '/plate-entry/index' })
}
