import type { ActionInput, ActionOutput } from '../../types'
import { isLocalCloud } from '../_shared/cloud'
import { PLATE_PAGE, plateQrPng } from '../_shared/openapi/qr-code'
import { requirePlateCode } from './codes'

export async function qrcode(input: ActionInput<'plates', 'qrcode'>): Promise<ActionOutput<'plates', 'qrcode'>> {
  const code = requirePlateCode(input.code)
  const png = await plateQrPng(code)
  const base = process.env.JMT_PUBLIC_URL ?? 'http://127.0.0.1:8787'
  const url = isLocalCloud ? `${base}/p/${code}` : `${PLATE_PAGE}?scene=${code}`
  return { scene: code, url, pngBase64: png.toString('base64') }
}
