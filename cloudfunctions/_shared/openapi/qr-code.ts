import type { PagePath } from '../../../types/routes'
import { cloud, isLocalCloud } from '../cloud'
import { unlimitedCodeLocally } from './local/wxacode'

/**
 * The image printed on a plate. In the WeChat cloud a 小程序码 from `wxacode.getUnlimited` whose
 * `scene` is the plate code (at most 32 characters) opening `pages/plate/index`; in the local cloud
 * a plain QR code of `<public URL>/p/<code>`, which the gateway redirects to the H5 plate page, made
 * only when WeChat would have made the 小程序码 (local/wxacode.ts). Needs the openapi permission
 * `wxacode.getUnlimited`.
 */
export const PLATE_PAGE: PagePath = 'pages/plate/index'

export async function plateQrPng(code: string): Promise<Buffer> {
  const request = { scene: code, page: PLATE_PAGE, width: 430 }
  if (isLocalCloud) return unlimitedCodeLocally(request)
  // checkPath false: plates are printed before the release that publishes the page.
  const result = (await cloud.openapi.wxacode.getUnlimited({ ...request, checkPath: false })) as { buffer: Buffer }
  return result.buffer
}
