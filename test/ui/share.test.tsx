import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ShareButton from '@/components/ShareButton'
import { queryOf, type ShareCard } from '@/device/share'
import { H5_PRIVACY_AGREED_KEY } from '@/privacy/authorization'
import { pageUrl } from '@/../types/routes'

const CARD: ShareCard = { title: '【防骗必看】“公安局”来电说你涉嫌洗钱？', path: pageUrl('fraud/article/index', { id: 'article-01' }) }
const LINK = `${window.location.origin}${window.location.pathname}#/fraud/article/index?id=article-01`

function withWebShare(share: jest.Mock | undefined) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true })
}

let setClipboardData: jest.SpyInstance
let showToast: jest.SpyInstance
beforeEach(() => {
  localStorage.clear()
  Taro.setStorageSync(H5_PRIVACY_AGREED_KEY, true)
  setClipboardData = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
  showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => {
  withWebShare(undefined)
  setClipboardData.mockRestore()
  showToast.mockRestore()
})

describe('转发 in the H5 build', () => {
  it("opens the phone's share sheet with the page's title and its web link", async () => {
    const share = jest.fn().mockResolvedValue(undefined)
    withWebShare(share)
    render(<ShareButton label="转发给家里人" card={CARD} />)

    fireEvent.click(screen.getByText('转发给家里人'))

    await waitFor(() => expect(share).toHaveBeenCalledWith({ title: CARD.title, text: CARD.title, url: LINK }))
    expect(setClipboardData).not.toHaveBeenCalled()
  })

  it('copies the title and link where the browser has no share sheet, and says so', async () => {
    withWebShare(undefined)
    render(<ShareButton label="转发给家里人" card={{ ...CARD, text: '今日防骗提醒：陌生链接不要点' }} />)

    fireEvent.click(screen.getByText('转发给家里人'))

    await waitFor(() => expect(setClipboardData).toHaveBeenCalledWith({ data: `今日防骗提醒：陌生链接不要点\n${LINK}` }))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '链接已复制', icon: 'success' })))
  })

  it('copies when the share sheet is refused, but not when the person closes it', async () => {
    withWebShare(jest.fn().mockRejectedValue(Object.assign(new Error('closed'), { name: 'AbortError' })))
    const { unmount } = render(<ShareButton label="转发给家里人" card={CARD} />)
    fireEvent.click(screen.getByText('转发给家里人'))
    await waitFor(() => expect(navigator.share).toHaveBeenCalled())
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(setClipboardData).not.toHaveBeenCalled()
    unmount()

    withWebShare(jest.fn().mockRejectedValue(Object.assign(new Error('not allowed'), { name: 'NotAllowedError' })))
    render(<ShareButton label="转发给家里人" card={CARD} />)
    fireEvent.click(screen.getByText('转发给家里人'))
    await waitFor(() => expect(setClipboardData).toHaveBeenCalledWith({ data: `${CARD.title}\n${LINK}` }))
  })
})

describe('转发 in the mini-program', () => {
  it("is WeChat's share button, telling the page which card it sends", () => {
    const was = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      const { container } = render(<ShareButton label="把今天的提醒转给家人" card={CARD} shareId="tip" />)
      const button = container.querySelector('taro-button-core, button')
      expect(button?.getAttribute('open-type') ?? (button as unknown as { openType?: string })?.openType).toBe('share')
      expect(button?.getAttribute('data-share')).toBe('tip')
    } finally {
      process.env.TARO_ENV = was
    }
  })

  it('分享到朋友圈 carries only the query: the page stays the one shared', () => {
    expect(queryOf(CARD.path)).toBe('id=article-01')
    expect(queryOf(pageUrl('fraud/quiz/index'))).toBe('')
  })
})
