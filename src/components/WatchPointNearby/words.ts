import type { LocationWords } from '../../device/location'

/** Why we ask, in plain words, shown beside the button that asks. */
export const LOCATION_REASON = '点下面的按钮后，才会读取一次您的位置，只用来找离您最近的守望点，不保存、不上传给别人。'

export const WATCH_POINT_LOCATION_WORDS: LocationWords = {
  denied: '没有得到位置权限。可以在设置里允许使用位置，或者直接看下面的全部守望点。',
  failed: '暂时没能读取位置，请稍后再试，或者直接看下面的全部守望点。',
}
