import Taro from '@tarojs/taro'
import type { LatLng } from '../../types/geo'

/**
 * Whether this app may already read the position without asking: the person allowed it before.
 * Nothing is asked here; a page that gets `false` offers a button that asks.
 */
export async function locationAlreadyAllowed(): Promise<boolean> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const { authSetting } = await Taro.getSetting()
      return authSetting['scope.userLocation'] === true
    }
    if (typeof navigator === 'undefined' || !navigator.permissions) return false
    const status = await navigator.permissions.query({ name: 'geolocation' })
    return status.state === 'granted'
  } catch {
    return false
  }
}

/** Why a position could not be read: refused (say how to allow it) or not available now. */
export class LocationProblem extends Error {
  constructor(readonly refused: boolean) {
    super(refused ? '没有得到位置权限，可以在设置里允许使用位置。' : '暂时没能读取位置，请稍后再试。')
    this.name = 'LocationProblem'
    Object.setPrototypeOf(this, LocationProblem.prototype)
  }
}

/**
 * Reads the position once. The mini-program answers in GCJ-02 (the datum of Chinese maps and of our
 * stations); a browser only knows WGS-84, a few hundred metres off in China: near enough to say which
 * station is nearest.
 */
export async function readLocation(): Promise<LatLng> {
  try {
    const at = await Taro.getLocation({ type: process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84' })
    return { lat: at.latitude, lng: at.longitude }
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    throw new LocationProblem(/deny|denied|auth|permission/i.test(message))
  }
}
