import Taro from '@tarojs/taro'

export interface Here {
  lat: number
  lng: number
}

/**
 * Reads the position once, only after a tap, to list the nearest sessions first. The mini-program
 * answers in GCJ-02 (the datum of Chinese maps and of the sessions' places); a browser only knows
 * WGS-84, a few hundred metres off in China: near enough to order sessions.
 */
export async function locateOnce(): Promise<Here> {
  try {
    const at = await Taro.getLocation({ type: process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84' })
    return { lat: at.latitude, lng: at.longitude }
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    throw new Error(/deny|denied|auth|permission/i.test(message) ? '没有得到位置权限，先按日期排列。可以在设置里允许使用位置。' : '暂时没能读取位置，先按日期排列。')
  }
}
