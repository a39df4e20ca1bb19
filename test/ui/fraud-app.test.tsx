import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { H5_PRIVACY_AGREED_KEY } from '@/privacy/authorization'
import FraudAppCard, { FRAUD_APP_FEATURES } from '@/components/FraudAppCard'

describe('国家反诈中心 card', () => {
  it('says what the app does and copies its name to search for in the app store', async () => {
    const setClipboardData = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    Taro.setStorageSync(H5_PRIVACY_AGREED_KEY, true)
    render(<FraudAppCard />)
    expect(screen.getByText('装上“国家反诈中心”App')).toBeInTheDocument()
    for (const feature of FRAUD_APP_FEATURES) expect(screen.getByText(`· ${feature}`)).toBeInTheDocument()
    fireEvent.click(screen.getByText('复制名称，去应用商店搜索'))
    await waitFor(() => expect(setClipboardData).toHaveBeenCalledWith({ data: '国家反诈中心' }))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制，去应用商店搜索' })))
    setClipboardData.mockRestore()
    showToast.mockRestore()
  })
})
