import QRCode from 'qrcode'
import { opensCold } from '../../../../types/routes'
import { OpenapiError } from '../openapi-error'

const API = 'wxacode.getUnlimited'

/**
 * wxacode.getUnlimited as WeChat documents it
 * (https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode):
 * - scene: "最大32个可见字符，只支持数字，大小写英文以及部分特殊字符：!#$&'()*+,/:;=?@-._~" (else 40169);
 * - page: "根路径前不要填加 /，不能携带参数（参数请放在scene字段里）", and a page of the published app
 *   (41030 "所传page页面不存在，或者小程序没有发布"). A 小程序码 opens the app cold, so we hold it to the
 *   pages that are there without a second download: the main package's and an independent subpackage's.
 */
export const SCENE_ALPHABET = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
/** 40169: invalid length for scene, or the data is not json string. */
export const ERR_SCENE_INVALID = 40169
/** 41030: 所传page页面不存在，或者小程序没有发布. */
export const ERR_PAGE_INVALID = 41030

export interface UnlimitedCodeRequest {
  scene: string
  page: string
  width?: number
}

export function checkUnlimitedCode(request: UnlimitedCodeRequest): void {
  if (!SCENE_ALPHABET.test(request.scene)) throw new OpenapiError(API, ERR_SCENE_INVALID, 'invalid length for scene, or the data is not json string')
  if (request.page.startsWith('/') || request.page.includes('?') || !opensCold(request.page))
    throw new OpenapiError(API, ERR_PAGE_INVALID, `invalid page rid: ${request.page}`)
}

/**
 * The local image: a plain QR code of `<public URL>/p/<scene>` (the gateway redirects it to the H5
 * plate page), drawn only for a request WeChat would have answered.
 */
export async function unlimitedCodeLocally(request: UnlimitedCodeRequest): Promise<Buffer> {
  checkUnlimitedCode(request)
  const base = process.env.JMT_PUBLIC_URL ?? 'http://127.0.0.1:8787'
  return QRCode.toBuffer(`${base}/p/${request.scene}`, { errorCorrectionLevel: 'M', margin: 2, width: request.width ?? 430 })
}
