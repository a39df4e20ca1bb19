import type { MainPage } from './routes'

/**
 * The tabs, apart from the route table (types/routes.ts) because the app's custom tab bar needs them at
 * run time and the table must stay out of the main package (see types/routes.ts).
 */

/** The tab bar, in order. A native custom tab bar uses the same list. */
export const TAB_PAGES = [
  { pagePath: 'pages/index/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/visits/index', text: '流动警务室', icon: 'visits' },
  { pagePath: 'pages/fraud/index', text: '反诈', icon: 'fraud' },
  { pagePath: 'pages/me/index', text: '我的', icon: 'me' },
] as const satisfies readonly { pagePath: MainPage; text: string; icon: string }[]

export type TabPage = (typeof TAB_PAGES)[number]['pagePath']

/**
 * A tab's icon in the package (drawn by scripts/make-tab-icons.ts), grey or, for the tab shown, blue.
 * SVG: WeChat's <image> and browsers draw it; app.json's own tab list takes only PNG and JPG, so the
 * weapp, whose custom bar draws the icons, leaves them out of that list.
 */
export function tabIconPath(icon: (typeof TAB_PAGES)[number]['icon'], selected: boolean): string {
  return `assets/tab/${icon}${selected ? '-active' : ''}.svg`
}
