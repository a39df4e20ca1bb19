import { useEffect, useMemo } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { isLargeText } from '../settings/largeText'
import { useLargeText } from './useLargeText'

/** What a page may tell the weapp's custom tab bar (src/custom-tab-bar). */
interface TabBarSetData {
  setData(data: { selected: string; large: boolean }): void
}

interface PageWithTabBar {
  route?: string
  getTabBar?: () => TabBarSetData | null | undefined
}

/**
 * Each tab page has its own instance of the custom tab bar, and WeChat's documentation has the page mark
 * its tab through getTabBar().setData() in onShow. The page also passes 大字模式: at once when it changes
 * (on 我的), and to the other tab pages' bars the next time they show. Pages without a tab bar, and H5
 * (Taro's own tab bar, styled in app.css), have no getTabBar: nothing happens there.
 */
export function useTabBarSync(): void {
  const [large] = useLargeText()
  // This page's own instance: by the time an effect runs, the current page may already be another.
  const page = useMemo(() => Taro.getCurrentInstance().page as PageWithTabBar | null, [])
  useDidShow(() => tellTabBar(page))
  useEffect(() => tellTabBar(page), [page, large])
}

function tellTabBar(page: PageWithTabBar | null): void {
  const tabBar = page?.getTabBar?.()
  if (tabBar && page?.route) tabBar.setData({ selected: `/${page.route}`, large: isLargeText() })
}
