import Taro from '@tarojs/taro'
import { H5_PRIVACY_AGREED_KEY, privacyConsent } from '../privacy/authorization'

export interface Here {
  lat: number
  lng: number
}

/** What the page says when no position comes: each page knows what the person can do instead. */
export interface LocationWords {
  /** The person (or the browser, or the privacy notice) refused the position. */
  denied: string
  /** The phone could not tell where it is this time. */
  failed: string
}

/**
 * Reads the position once, only after a tap, after the privacy notice on first use. The mini-program
 * answers in GCJ-02 (the datum of Chinese maps and of our stored places); a browser only knows WGS-84,
 * a few hundred metres off in China: near enough to order places by distance.
 * Rejects with an Error carrying the page's own words.
 */
export async function locateOnce(words: LocationWords): Promise<Here> {
  if (!(await privacyConsent())) throw new Error(words.denied)
  try {
    const at = await Taro.getLocation({ type: process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84' })
    return { lat: at.latitude, lng: at.longitude }
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    throw new Error(/deny|denied|auth|permission/i.test(message) ? words.denied : words.failed)
  }
}

/**
 * Whether the position may be read now without anything being asked: the person allowed it before
 * (WeChat's 授权 / the browser's permission) and, in H5, agreed to the privacy notice. A page that gets
 * `false` offers a button that asks instead.
 */
export async function locationAlreadyAllowed(): Promise<boolean> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const { authSetting } = await Taro.getSetting()
      return authSetting['scope.userLocation'] === true
    }
    if (Taro.getStorageSync(H5_PRIVACY_AGREED_KEY) !== true) return false
    if (typeof navigator === 'undefined' || !navigator.permissions) return false
    const status = await navigator.permissions.query({ name: 'geolocation' })
    return status.state === 'granted'
  } catch {
    return false
  }
}
