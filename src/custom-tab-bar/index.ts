import { LARGE_TEXT_KEY } from '../settings/largeTextKey'
import { TABS, type Tab } from './tabs'

/**
 * WeChat's custom tab bar (app.json `tabBar.custom: true`): a native component, because the built-in
 * bar draws its labels at a fixed ~10 px that 大字模式 cannot reach. Every tab page has its own
 * instance; the page marks its tab and passes 大字模式 with getTabBar().setData() when it shows and
 * when the setting changes (hooks/useTabBarSync). Compiled by Taro as a native component (index.wxml
 * beside this file), tested with miniprogram-simulate (test/native).
 */

interface TabBarData {
  tabs: readonly Tab[]
  /** pagePath of the tab whose page this bar belongs to. */
  selected: string
  large: boolean
  /** Unread counts by pagePath, drawn on the tab's icon (e.g. replies to 留言). */
  badges: Record<string, number>
}

interface TapEvent {
  currentTarget: { dataset: { path?: string } }
}

interface TabBarMethods {
  switchTab(event: TapEvent): void
  setBadge(pagePath: string, count: number): void
}

interface TabBarInstance extends TabBarMethods {
  data: TabBarData
  setData(patch: Partial<TabBarData>): void
}

// The few mini-program globals this component uses (it runs outside Taro's runtime).
declare const wx: {
  getStorageSync(key: string): unknown
  switchTab(options: { url: string }): void
}
declare function Component(
  options: {
    data: TabBarData
    lifetimes: { attached(): void }
    methods: TabBarMethods
  } & ThisType<TabBarInstance>,
): void

/** The setting as the pages wrote it (Taro.setStorageSync is wx.setStorageSync on weapp). */
function readLargeText(): boolean {
  try {
    return wx.getStorageSync(LARGE_TEXT_KEY) === true
  } catch {
    return false
  }
}

Component({
  data: { tabs: TABS, selected: '', large: false, badges: {} },
  lifetimes: {
    // Read once so the first paint already has the right size; the page keeps it current afterwards.
    attached() {
      this.setData({ large: readLargeText() })
    },
  },
  methods: {
    switchTab(event) {
      const path = event.currentTarget.dataset.path
      if (path && path !== this.data.selected) wx.switchTab({ url: path })
    },
    setBadge(pagePath, count) {
      this.setData({ badges: { ...this.data.badges, [pagePath]: Math.max(0, Math.floor(count)) } })
    },
  },
})
