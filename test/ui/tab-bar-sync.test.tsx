import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import LargeTextToggle from '@/components/LargeTextToggle'
import Page from '@/components/Page'
import { reloadLargeTextFromStorage, setLargeText } from '@/settings/largeText'
import { LARGE_TEXT_DOCUMENT_CLASS, markLargeTextOnDocument } from '@/settings/largeTextDocument'
import type { TaroHooks } from './taro-hooks'

/**
 * The pages' side of the tab bar. On the weapp each tab page tells its own custom tab bar which tab it is
 * and whether 大字模式 is on (getTabBar().setData, as WeChat documents it); here the page instance Taro
 * hands out is a weapp-like stand-in with a getTabBar. On H5, 大字模式 is marked on <html> for Taro's bar.
 */
/** The page's onShow, as Taro would call it when the page comes to the front again. */
let mockShowPage: () => void = () => undefined
jest.mock('@tarojs/taro', () =>
  jest.requireActual<TaroHooks>('./taro-hooks').taroWith({
    useDidShow: (callback: () => void) => {
      mockShowPage = callback
    },
  }),
)

function MePage() {
  return (
    <Page>
      <LargeTextToggle />
    </Page>
  )
}

beforeEach(() => {
  localStorage.clear()
  reloadLargeTextFromStorage()
})

afterEach(() => jest.restoreAllMocks())

function onWeappPage(route: string | undefined, tabBar: { setData: jest.Mock } | null) {
  const current = Taro.getCurrentInstance()
  // Only what the hook reads of a weapp page instance.
  const page = { route, getTabBar: () => tabBar } as unknown as ReturnType<typeof Taro.getCurrentInstance>['page']
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ ...current, page })
}

describe('a tab page and its custom tab bar (weapp)', () => {
  it('marks its own tab when it opens', () => {
    const tabBar = { setData: jest.fn() }
    onWeappPage('pages/me/index', tabBar)
    render(<MePage />)
    expect(tabBar.setData).toHaveBeenLastCalledWith({ selected: '/pages/me/index', large: false })
  })

  it('passes 大字模式 on at once when it is switched on and off there', () => {
    const tabBar = { setData: jest.fn() }
    onWeappPage('pages/me/index', tabBar)
    render(<MePage />)
    fireEvent.click(screen.getByText('大字模式'))
    expect(tabBar.setData).toHaveBeenLastCalledWith({ selected: '/pages/me/index', large: true })
    fireEvent.click(screen.getByText('大字模式'))
    expect(tabBar.setData).toHaveBeenLastCalledWith({ selected: '/pages/me/index', large: false })
  })

  it('opens with the bar large when the setting was already on', () => {
    setLargeText(true)
    const tabBar = { setData: jest.fn() }
    onWeappPage('pages/visits/index', tabBar)
    render(<MePage />)
    expect(tabBar.setData).toHaveBeenLastCalledWith({ selected: '/pages/visits/index', large: true })
  })

  it('tells its bar again each time it is shown, as WeChat documents', () => {
    const tabBar = { setData: jest.fn() }
    onWeappPage('pages/fraud/index', tabBar)
    render(<MePage />)
    tabBar.setData.mockClear()
    act(() => mockShowPage())
    expect(tabBar.setData).toHaveBeenCalledTimes(1)
    expect(tabBar.setData).toHaveBeenCalledWith({ selected: '/pages/fraud/index', large: false })
  })

  it('leaves pages without a tab bar alone', () => {
    onWeappPage('visits/book/index', null)
    expect(() => render(<MePage />)).not.toThrow()
  })
})

describe('Taro’s tab bar on H5', () => {
  it('follows 大字模式 through a class on <html>', () => {
    const stop = markLargeTextOnDocument()
    expect(document.documentElement).not.toHaveClass(LARGE_TEXT_DOCUMENT_CLASS)
    setLargeText(true)
    expect(document.documentElement).toHaveClass(LARGE_TEXT_DOCUMENT_CLASS)
    setLargeText(false)
    expect(document.documentElement).not.toHaveClass(LARGE_TEXT_DOCUMENT_CLASS)
    stop()
  })
})
