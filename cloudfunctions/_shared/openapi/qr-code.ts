import QRCode from 'qrcode'
import { cloud, isLocalCloud } from '../cloud'

/**
 * The image printed on a plate. In the WeChat cloud a 小程序码 from `wxacode.getUnlimited` whose
 * `scene` is the plate code (at most 32 characters) opening `pages/plate/index`; in the local cloud
 * a plain QR code of `<public URL>/p/<code>`, which the gateway redirects to the H5 plate page.
 * Needs the openapi permission `wxacode.getUnlimited`.
 */
export const PLATE_PAGE = 'pages/plate/index'

export async function plateQrPng(code: string): Promise<Buffer> {
  if (code.length > 32) throw new Error('a scene holds at most 32 characters')
  if (isLocalCloud) {
    const base = process.env.JMT_PUBLIC_URL ?? 'http://127.0.0.1:8787'
    return QRCode.toBuffer(`${base}/p/${code}`, { errorCorrectionLevel: 'M', margin: 2, width: 430 })
  }
  const result = (await cloud.openapi.wxacode.getUnlimited({ scene: code, page: PLATE_PAGE, checkPath: false, width: 430 })) as {
    buffer: Buffer
  }
  return result.buffer
}
