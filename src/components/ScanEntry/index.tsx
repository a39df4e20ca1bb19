import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { parsePlateCodeFromScan } from '../../plate/code'
import { openPlate, openPlateEntry } from '../../plate/navigation'
import ActionButton from '../ActionButton'
import './index.css'

/** A web page cannot open the camera to scan: the H5 build says what works instead. */
export const CAMERA_APP_HINT = '用手机自带的相机对准联系牌上的二维码，也能直接打开。'
export const NOT_A_PLATE = '这不是警民联系牌的二维码。请对准联系牌上的二维码再扫一次，或者输入联系牌上的编号。'
const CAMERA_FAILED = '没能打开相机。请输入联系牌上的编号。'

function isCancel(error: unknown): boolean {
  const message = error && typeof error === 'object' && 'errMsg' in error ? String((error as { errMsg: unknown }).errMsg) : ''
  return /cancel/i.test(message)
}

/**
 * 扫一扫警民联系牌, with typing the code as the way when the camera cannot help. The H5 build cannot
 * scan, so it offers only what works there: typing the code, or the phone's own camera app.
 */
export default function ScanEntry() {
  const [notice, setNotice] = useState<string | null>(null)

  if (process.env.TARO_ENV !== 'weapp') {
    return (
      <View className="scan-entry">
        <ActionButton size="large" onClick={openPlateEntry} hint="编号印在二维码下方">
          输入联系牌编号
        </ActionButton>
        <Text className="jmt-muted scan-entry__hint">{CAMERA_APP_HINT}</Text>
      </View>
    )
  }

  async function scan() {
    setNotice(null)
    try {
      // WeChat's default scanType, ['barCode', 'qrCode', 'wxCode']: plates carry a 小程序码 (wxCode),
      // which ['qrCode'] alone does not read, and older plates a printed QR code.
      const result = await Taro.scanCode({})
      // A 小程序码 of this app answers its page path (with scene); a printed QR code answers its text.
      const code = parsePlateCodeFromScan(result.path || result.result || '')
      if (code) openPlate(code)
      else setNotice(NOT_A_PLATE)
    } catch (error) {
      if (!isCancel(error)) setNotice(CAMERA_FAILED)
    }
  }

  return (
    <View className="scan-entry">
      <ActionButton size="large" onClick={scan} hint="对准联系牌上的二维码">
        扫一扫警民联系牌
      </ActionButton>
      {notice ? (
        <View className="scan-entry__notice">
          <Text>{notice}</Text>
        </View>
      ) : null}
      <View className="scan-entry__second">
        <ActionButton tone="secondary" onClick={openPlateEntry}>
          输入联系牌编号
        </ActionButton>
      </View>
    </View>
  )
}
