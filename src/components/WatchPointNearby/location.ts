import Taro from '@tarojs/taro'

export interface Here {
  lat: number
  lng: number
}

/** Why we ask, in plain words, shown beside the button that asks. */
export const LOCATION_REASON = '点下面的按钮后，才会读取一次您的位置，只用来找离您最近的守望点，不保存、不上传给别人。'

/**
 * Reads the position once, only after a tap. The mini-program answers in GCJ-02 (the datum of Chinese
 * maps); a browser only knows WGS-84, which is off by a few hundred metres in China: near enough to
 * choose the nearest points.
 */
export async function locateOnce(): Promise<Here> {
  try {
    const type = process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84'
    const at = await Taro.getLocation({ type })
    return { lat: at.latitude, lng: at.longitude }
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    throw new Error(/deny|denied|auth|permission/i.test(message) ? '没有得到位置权限。可以在设置里允许使用位置，或者直接看下面的全部守望点。' : '暂时没能读取位置，请稍后再试。')
  }
}
