import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import LargeTextOffer from '@/components/LargeTextOffer'
import LargeTextToggle from '@/components/LargeTextToggle'
import Page from '@/components/Page'
import { LARGE_TEXT_KEY, reloadLargeTextFromStorage } from '@/settings/largeText'

function SettingsPage() {
  return (
    <Page>
      <LargeTextToggle />
    </Page>
  )
}

/** Another page that is already open while the setting changes. */
function OtherPage() {
  return (
    <Page>
      <p>流动警务室</p>
    </Page>
  )
}

beforeEach(() => {
  localStorage.clear()
  reloadLargeTextFromStorage()
})

describe('大字模式', () => {
  it('is off by default', () => {
    render(<SettingsPage />)
    expect(screen.getByTestId('page')).not.toHaveClass('jmt-page--large')
    expect(screen.getByText('关')).toBeInTheDocument()
  })

  it('enlarges every open page when switched on, and remembers it', () => {
    render(
      <>
        <SettingsPage />
        <OtherPage />
      </>,
    )
    fireEvent.click(screen.getByText('大字模式'))

    for (const page of screen.getAllByTestId('page')) expect(page).toHaveClass('jmt-page--large')
    expect(screen.getByText('开')).toBeInTheDocument()
    expect(Taro.getStorageSync(LARGE_TEXT_KEY)).toBe(true)
  })

  it('is still on the next time the app starts', () => {
    Taro.setStorageSync(LARGE_TEXT_KEY, true)
    reloadLargeTextFromStorage()
    render(<OtherPage />)
    expect(screen.getByTestId('page')).toHaveClass('jmt-page--large')
  })

  it('switches back off with a second tap', () => {
    render(<SettingsPage />)
    fireEvent.click(screen.getByText('大字模式'))
    act(() => {
      fireEvent.click(screen.getByText('大字模式'))
    })
    expect(screen.getByTestId('page')).not.toHaveClass('jmt-page--large')
    expect(Taro.getStorageSync(LARGE_TEXT_KEY)).toBe(false)
  })
})

describe('大字模式 offered once, on first use', () => {
  function FirstPage() {
    return (
      <Page>
        <LargeTextOffer />
        <p>社区民警就在身边</p>
      </Page>
    )
  }

  it('asks on the first visit and turns large text on with one tap', () => {
    render(<FirstPage />)
    expect(screen.getByText('字太小，看不清？')).toBeInTheDocument()
    fireEvent.click(screen.getByText('把字放大'))
    expect(screen.getByTestId('page')).toHaveClass('jmt-page--large')
    expect(screen.queryByText('字太小，看不清？')).not.toBeInTheDocument()
  })

  it('does not ask again once declined, and leaves the text as it was', () => {
    const first = render(<FirstPage />)
    fireEvent.click(screen.getByText('不用了'))
    expect(screen.queryByText('字太小，看不清？')).not.toBeInTheDocument()
    first.unmount()
    reloadLargeTextFromStorage()
    render(<FirstPage />)
    expect(screen.queryByText('字太小，看不清？')).not.toBeInTheDocument()
    expect(screen.getByTestId('page')).not.toHaveClass('jmt-page--large')
  })

  it('does not ask someone who already chose a size on 我的', () => {
    Taro.setStorageSync(LARGE_TEXT_KEY, false)
    render(<FirstPage />)
    expect(screen.queryByText('字太小，看不清？')).not.toBeInTheDocument()
  })
})
