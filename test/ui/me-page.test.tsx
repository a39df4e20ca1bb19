import { fireEvent, render, screen } from '@testing-library/react'
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
  it('shows a resident their role and only part of their openid', async () => {
    whoamiAnswers({ status: 200, body: { ok: true, data: { openid: 'oAbCd1234567890wxyz', role: 'resident' } } })
    render(<MePage />)

    expect(await screen.findByText('居民')).toBeInTheDocument()
    expect(screen.getByText('用户标识 oAbC****wxyz')).toBeInTheDocument()
    expect(screen.queryByText('民警工作台')).not.toBeInTheDocument()
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
