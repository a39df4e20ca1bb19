import type { ActionInput, ActionOutput } from '../../types'
import { isLocalCloud } from '../_shared/cloud'
import { PLATE_PAGE, plateQrPng } from '../_shared/openapi/qr-code'
import { requirePlateCode } from './codes'

/** Where a plate's QR leads: the H5 page in the local cloud, the mini-program page in WeChat's. */
export function plateLink(code: string): string {
  const base = process.env.JMT_PUBLIC_URL ?? 'http://127.0.0.1:8787'
  return isLocalCloud ? `${base}/p/${code}` : `${PLATE_PAGE}?scene=${code}`
}

/** The QR image and link printed on a plate whose code is already canonical. */
export async function plateQr(code: string): Promise<ActionOutput<'plates', 'qrcode'>> {
  const png = await plateQrPng(code)
  return { scene: code, url: plateLink(code), pngBase64: png.toString('base64') }
}

export async function qrcode(input: ActionInput<'plates', 'qrcode'>): Promise<ActionOutput<'plates', 'qrcode'>> {
  return plateQr(requirePlateCode(input.code))
}
