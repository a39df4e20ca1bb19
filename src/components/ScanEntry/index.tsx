import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { parsePlateCodeFromScan } from '../../plate/code'
import { openPlate, openPlateEntry } from '../../plate/navigation'
import ActionButton from '../ActionButton'
import './index.css'

export const SCAN_UNAVAILABLE = '网页版不能扫码。请输入联系牌上的编号，编号印在二维码下方。'
export const NOT_A_PLATE = '这不是警民联系牌的二维码。请对准联系牌上的二维码再扫一次，或者输入联系牌上的编号。'
const CAMERA_FAILED = '没能打开相机。请输入联系牌上的编号。'

function isCancel(error: unknown): boolean {
  const message = error && typeof error === 'object' && 'errMsg' in error ? String((error as { errMsg: unknown }).errMsg) : ''
  return /cancel/i.test(message)
}

/** 扫一扫警民联系牌, with typing the code as the way when the camera cannot help. */
export default function ScanEntry() {
  const [notice, setNotice] = useState<string | null>(null)

  async function scan() {
    setNotice(null)
    if (process.env.TARO_ENV === 'h5') {
      setNotice(SCAN_UNAVAILABLE)
      return
    }
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
    <View className='scan-entry'>
      <ActionButton size='large' onClick={scan} hint='对准联系牌上的二维码'>
        扫一扫警民联系牌
      </ActionButton>
      {notice ? (
        <View className='scan-entry__notice'>
          <Text>{notice}</Text>
        </View>
      ) : null}
      <View className='scan-entry__second'>
        <ActionButton tone='secondary' onClick={openPlateEntry}>
          输入联系牌编号
        </ActionButton>
      </View>
    </View>
  )
}
