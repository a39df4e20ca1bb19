/**
 * The four tabs the custom tab bar draws. WeChat still needs `tabBar.list` in app.json (it decides which
 * pages are tab pages); test/native/tab-bar.test.ts holds this list to that one.
 * Paths are absolute: wx.switchTab and the pages' `/${route}` both use that form.
 */
export interface Tab {
  pagePath: string
  text: string
  iconPath: string
  selectedIconPath: string
}

export const TABS: readonly Tab[] = [
  { pagePath: '/pages/index/index', text: '首页', iconPath: '/assets/tab/home.png', selectedIconPath: '/assets/tab/home-active.png' },
  { pagePath: '/pages/visits/index', text: '流动警务室', iconPath: '/assets/tab/visits.png', selectedIconPath: '/assets/tab/visits-active.png' },
  { pagePath: '/pages/fraud/index', text: '反诈', iconPath: '/assets/tab/fraud.png', selectedIconPath: '/assets/tab/fraud-active.png' },
  { pagePath: '/pages/me/index', text: '我的', iconPath: '/assets/tab/me.png', selectedIconPath: '/assets/tab/me-active.png' },
]
