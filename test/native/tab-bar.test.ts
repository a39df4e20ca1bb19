import path from 'node:path'
import { simulate, type SimulatedComponent, type SimulatedNode, wx } from './simulate'
import { LARGE_TEXT_KEY } from '../../src/settings/largeTextKey'
import { TAB_PAGES } from '../../types/routes'
import { first, nth } from '../list-items'

/**
 * The weapp's custom tab bar (src/custom-tab-bar), rendered by miniprogram-simulate from its own wxml,
 * wxss and script: what a resident sees and taps at the bottom of the four tab pages.
 */
const SRC = path.resolve(__dirname, '../../src')
const TAB_BAR = path.join(SRC, 'custom-tab-bar/index')

// wx storage as the pages leave it: on weapp, Taro.setStorageSync is wx.setStorageSync.
const storage = new Map<string, unknown>()
let switchTab: jest.Mock
let tabBarId: string

beforeAll(() => {
  // miniprogram-simulate's built-in tags keep no attributes; a stand-in <image> keeps `src` to read back.
  const image = simulate.load({
    tagName: 'image',
    template: '<slot/>',
    properties: { src: { type: String, value: '' }, mode: { type: String, value: '' } },
  })
  // The component's script runs once per load (jest caches modules), so one load serves every render.
  tabBarId = simulate.load(TAB_BAR, { compiler: 'simulate', rootPath: SRC, usingComponents: { image } })
})

beforeEach(() => {
  storage.clear()
  wx.getStorageSync = (key) => (storage.has(key) ? storage.get(key) : '')
  switchTab = jest.fn()
  wx.switchTab = switchTab
})

function renderTabBar(): SimulatedComponent {
  const bar = simulate.render(tabBarId)
  bar.attach(document.createElement('parent-wrapper'))
  return bar
}

type TabBar = SimulatedComponent

/** The page's side, as hooks/useTabBarSync does it: getTabBar().setData(...). */
function showPage(bar: TabBar, route: string, large = storage.get(LARGE_TEXT_KEY) === true) {
  bar.setData({ selected: `/${route}`, large })
}

const items = (bar: TabBar) => bar.querySelectorAll('.tab-bar__item')
const icons = (bar: TabBar) => bar.querySelectorAll('.tab-bar__icon').map((icon) => (icon.instance.data as { src: string }).src)
const labels = (bar: TabBar) => bar.querySelectorAll('.tab-bar__label').map((label) => label.dom!.textContent)
const fontSize = (node: SimulatedNode) => parseFloat(window.getComputedStyle(node.dom!).fontSize)

/** app.config's tab list, read the way Taro reads it for the weapp build. */
async function appTabBar(): Promise<{ custom?: boolean; list: { pagePath: string; text: string; iconPath?: string; selectedIconPath?: string }[] }> {
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  ;(globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config
  try {
    let config: { tabBar: Awaited<ReturnType<typeof appTabBar>> } | undefined
    await jest.isolateModulesAsync(async () => {
      config = (await import('../../src/app.config')).default as typeof config
    })
    if (!config) throw new Error('app.config did not load')
    return config.tabBar
  } finally {
    process.env.TARO_ENV = env
  }
}

describe('the custom tab bar', () => {
  it('is the tab bar the weapp build asks for, with the route table’s four tabs in order, as app.json lists them', async () => {
    const tabBar = await appTabBar()
    expect(tabBar.custom).toBe(true)
    const bar = renderTabBar()
    const drawn = bar.instance.data.tabs as { pagePath: string; text: string }[]
    expect(drawn.map((tab) => [tab.pagePath, tab.text])).toEqual(TAB_PAGES.map((tab) => [`/${tab.pagePath}`, tab.text]))
    expect(drawn.map((tab) => ({ pagePath: tab.pagePath, text: tab.text }))).toEqual(
      tabBar.list.map((tab) => ({ pagePath: `/${tab.pagePath}`, text: tab.text })),
    )
    // app.json's list names no icons (it takes only PNG and JPG, and the custom bar draws them).
    expect(tabBar.list.filter((tab) => tab.iconPath || tab.selectedIconPath)).toEqual([])
  })

  it('draws four tabs with their labels and icons', () => {
    const bar = renderTabBar()
    expect(items(bar)).toHaveLength(4)
    expect(labels(bar)).toEqual(['首页', '流动警务室', '反诈', '我的'])
    expect(icons(bar)).toEqual(['/assets/tab/home.svg', '/assets/tab/visits.svg', '/assets/tab/fraud.svg', '/assets/tab/me.svg'])
  })

  it('marks the tab of the page that shows it, and only that one', () => {
    const bar = renderTabBar()
    showPage(bar, 'pages/fraud/index')
    expect(bar.querySelectorAll('.tab-bar__item--selected').map((item) => item.dom!.textContent?.trim())).toEqual(['反诈'])
    expect(icons(bar)).toEqual(['/assets/tab/home.svg', '/assets/tab/visits.svg', '/assets/tab/fraud-active.svg', '/assets/tab/me.svg'])
    showPage(bar, 'pages/index/index')
    expect(bar.querySelectorAll('.tab-bar__item--selected').map((item) => item.dom!.textContent?.trim())).toEqual(['首页'])
  })

  it('switches to the tapped tab’s page with wx.switchTab', async () => {
    const bar = renderTabBar()
    showPage(bar, 'pages/index/index')
    nth(items(bar), 3).dispatchEvent('tap')
    await simulate.sleep(0)
    expect(switchTab).toHaveBeenCalledTimes(1)
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' })
  })

  it('does nothing on a tap of the tab already shown', async () => {
    const bar = renderTabBar()
    showPage(bar, 'pages/visits/index')
    nth(items(bar), 1).dispatchEvent('tap')
    await simulate.sleep(0)
    expect(switchTab).not.toHaveBeenCalled()
  })

  it('shows a count on a tab when one is set, 99+ past 99, and nothing at zero', () => {
    const bar = renderTabBar()
    const tabBar = bar.instance as unknown as { setBadge(path: string, count: number): void }
    const setBadge = (path: string, count: number) => tabBar.setBadge(path, count)
    /** Which tab each drawn badge sits on, and what it says. */
    const badges = () =>
      bar.querySelectorAll('.tab-bar__badge').map((badge) => [items(bar).findIndex((item) => item.dom!.contains(badge.dom!)), badge.dom!.textContent])
    expect(badges()).toEqual([])
    setBadge('/pages/me/index', 3)
    expect(badges()).toEqual([[3, '3']])
    setBadge('/pages/me/index', 120)
    expect(badges()).toEqual([[3, '99+']])
    setBadge('/pages/me/index', 0)
    expect(badges()).toEqual([])
  })
})

describe('the custom tab bar in 大字模式', () => {
  it('draws small labels when the setting is off', () => {
    const bar = renderTabBar()
    expect(bar.querySelector('.tab-bar--large')).toBeUndefined()
  })

  it('starts large when the pages have stored the setting on', () => {
    storage.set(LARGE_TEXT_KEY, true)
    const bar = renderTabBar()
    expect(bar.querySelector('.tab-bar--large')).toBeDefined()
  })

  it('draws labels and icons larger with the setting on', () => {
    const small = renderTabBar()
    storage.set(LARGE_TEXT_KEY, true)
    const large = renderTabBar()
    const label = (bar: TabBar) => first(bar.querySelectorAll('.tab-bar__label'))
    const iconBox = (bar: TabBar) => first(bar.querySelectorAll('.tab-bar__icon-box'))
    expect(fontSize(label(large))).toBeGreaterThan(fontSize(label(small)) * 1.25)
    const width = (node: SimulatedNode) => parseFloat(window.getComputedStyle(node.dom!).width)
    expect(width(iconBox(large))).toBeGreaterThan(width(iconBox(small)))
  })

  it('follows a change at once when the page passes it on', () => {
    const bar = renderTabBar()
    showPage(bar, 'pages/me/index', false)
    const before = fontSize(nth(bar.querySelectorAll('.tab-bar__label'), 3))
    showPage(bar, 'pages/me/index', true)
    expect(bar.querySelector('.tab-bar--large')).toBeDefined()
    expect(fontSize(nth(bar.querySelectorAll('.tab-bar__label'), 3))).toBeGreaterThan(before)
    showPage(bar, 'pages/me/index', false)
    expect(bar.querySelector('.tab-bar--large')).toBeUndefined()
  })
})
