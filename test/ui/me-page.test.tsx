import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MePage from '@/pages/me/index'
import { SESSION_KEY } from '@/api/session'
import { reloadLargeTextFromStorage } from '@/settings/largeText'

function whoamiAnswers(answer: { status: number; body: unknown }) {
  global.fetch = jest.fn(async () => ({ status: answer.status, json: async () => answer.body }) as Response) as typeof fetch
}

beforeEach(() => {
  localStorage.clear()
  reloadLargeTextFromStorage()
  Taro.setStorageSync(SESSION_KEY, { token: 't1', openid: 'oAbCd1234567890wxyz' })
})

describe('我的', () => {
  it('shows a resident their role in words, and no identifier at all', async () => {
    whoamiAnswers({ status: 200, body: { ok: true, data: { openid: 'oAbCd1234567890wxyz', role: 'resident' } } })
    render(<MePage />)

    expect(await screen.findByText('居民')).toBeInTheDocument()
    expect(document.body.textContent).not.toMatch(/oAbC|用户标识|\*\*\*\*/)
    expect(screen.queryByText('民警工作台')).not.toBeInTheDocument()
  })

  it('copies the account number an admin needs, without showing it', async () => {
    whoamiAnswers({ status: 200, body: { ok: true, data: { openid: 'oAbCd1234567890wxyz', role: 'resident' } } })
    const setClipboardData = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
    render(<MePage />)

    fireEvent.click(await screen.findByText('复制我的账号编号'))
    // The clipboard is a privacy API: on H5's first use the notice comes first.
    expect(setClipboardData).not.toHaveBeenCalled()
    fireEvent.click(await screen.findByText('同意并继续'))
    await waitFor(() => expect(setClipboardData).toHaveBeenCalledWith({ data: 'oAbCd1234567890wxyz' }))
    setClipboardData.mockRestore()
  })

  it('puts 大字模式 right under who the person is, before the lists', async () => {
    whoamiAnswers({ status: 200, body: { ok: true, data: { openid: 'oAbCd1234567890wxyz', role: 'resident' } } })
    render(<MePage />)
    await screen.findByText('居民')
    const text = document.body.textContent ?? ''
    expect(text.indexOf('大字模式')).toBeGreaterThan(-1)
    expect(text.indexOf('大字模式')).toBeLessThan(text.indexOf('我的预约'))
  })

  it('offers officers the way into the 工作台', async () => {
    whoamiAnswers({ status: 200, body: { ok: true, data: { openid: 'oAbCd1234567890wxyz', role: 'officer', officerId: 'off-1' } } })
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<MePage />)

    fireEvent.click(await screen.findByText('民警工作台'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/staff/index/index' })
    navigateTo.mockRestore()
  })

  it('still lets the person switch on 大字模式 when their identity cannot be loaded', async () => {
    whoamiAnswers({ status: 500, body: { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' } } })
    render(<MePage />)

    expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeInTheDocument()
    fireEvent.click(screen.getByText('大字模式'))
    expect(screen.getByTestId('page')).toHaveClass('jmt-page--large')
  })
})
