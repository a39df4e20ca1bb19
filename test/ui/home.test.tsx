import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import HomePage from '@/pages/index/index'
import { CAMERA_APP_HINT } from '@/components/ScanEntry'
import { first } from '../list-items'

describe('首页 in the H5 build', () => {
  it('offers no scan button a browser cannot honour: typing the code, or the phone camera', () => {
    render(<HomePage />)

    expect(screen.queryByText('扫一扫警民联系牌')).not.toBeInTheDocument()
    expect(screen.getByText('输入联系牌编号')).toBeInTheDocument()
    expect(screen.getByText(CAMERA_APP_HINT)).toBeInTheDocument()
  })

  it('opens the code entry page', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<HomePage />)

    fireEvent.click(screen.getByText('输入联系牌编号'))

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/plate/enter' })
    navigateTo.mockRestore()
  })

  it('keeps 110 one tap away and says this app is not for emergencies', () => {
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<HomePage />)

    expect(screen.getByText('本程序不是报警渠道。紧急情况请直接拨打 110。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('110'))

    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '110' })
    makePhoneCall.mockRestore()
  })
})

describe('首页 in the mini-program', () => {
  it('scans with a scan type that reads the 小程序码 on plates (not qrCode alone)', async () => {
    const scanCode = jest.spyOn(Taro, 'scanCode').mockResolvedValue({ errMsg: 'scanCode:ok', result: '', path: 'pages/plate/index?scene=NGSQ234X' } as never)
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const was = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      render(<HomePage />)
      fireEvent.click(screen.getByText('扫一扫警民联系牌'))
      await waitFor(() => expect(scanCode).toHaveBeenCalledTimes(1))
      const { scanType } = first(scanCode.mock.calls)[0] as { scanType?: string[] }
      // WeChat's default set is ['barCode', 'qrCode', 'wxCode']; a list without wxCode misses 小程序码.
      expect(scanType === undefined || scanType.includes('wxCode')).toBe(true)
    } finally {
      process.env.TARO_ENV = was
      scanCode.mockRestore()
      navigateTo.mockRestore()
    }
  })
})
