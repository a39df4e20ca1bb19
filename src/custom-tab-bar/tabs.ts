import { pageUrl } from '../../types/page-url'
import { tabIconPath, TAB_PAGES } from '../../types/tab-pages'

/**
 * The four tabs the custom tab bar draws: the route table's tab list (types/tab-pages.ts), the same one
 * app.config builds `tabBar.list` from (WeChat still needs that list to know which pages are tabs).
 * Paths are page URLs (`/pages/me/index`): what wx.switchTab takes and what a page's `/${route}` is.
 */
export interface Tab {
  pagePath: string
  text: string
  iconPath: string
  selectedIconPath: string
}

export const TABS: readonly Tab[] = TAB_PAGES.map((tab) => ({
  pagePath: pageUrl(tab.pagePath),
  text: tab.text,
  iconPath: `/${tabIconPath(tab.icon, false)}`,
  selectedIconPath: `/${tabIconPath(tab.icon, true)}`,
}))
