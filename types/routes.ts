/**
 * Every page of the app, once. `src/app.config.ts` builds its pages, subpackages and tab bar from
 * this table, the client navigates with the builders below, and the cloud functions' message links
 * and QR codes name pages through it: a page that is not here is a compile error everywhere.
 *
 * Plain data and no imports of code: Taro's config reader evaluates app.config.ts (and so this file) at
 * build time. The app's own code imports the builders from types/page-url.ts and the tab list from
 * types/tab-pages.ts, never this file: Taro also compiles app.config.ts as a webpack entry, and a
 * module it shares with the pages goes into the main package's common.js whole, page table included.
 */

import { TAB_PAGES, type TabPage } from './tab-pages'

export { TAB_PAGES, type TabPage } from './tab-pages'
export { messagePage, pageUrl, pathOf, type MessagePage, type PageQuery, type PageUrl } from './page-url'

/** The main package: the tab pages (WeChat requires them there). */
export const MAIN_PAGES = ['pages/index/index', 'pages/visits/index', 'pages/fraud/index', 'pages/me/index'] as const

/** Subpackages by root folder, each with its pages relative to the root. */
export const SUBPACKAGES = {
  // The plate a 小程序码 opens and the page where its code is typed in: an independent subpackage (below),
  // under the paths printed plates already carry.
  'pages/plate': ['index', 'enter'],
  // The console of officers and admins.
  staff: [
    'index/index',
    'stations/index',
    'officers/index',
    'officers/edit',
    'officers/access',
    // Where a person enters the 绑定码 an admin gave them (opened from 我的, before they are staff).
    'officers/bind',
    'plates/index',
    'plates/new',
    'plates/batch',
    'plates/detail',
    'plates/poster',
    'plates/posters',
    'plates/sheet',
    'stats/index',
    'audit/index',
    'visits/index',
    'visits/edit',
    'visits/roster',
    'visits/bookfor',
    'visits/checkin',
    'visits/requests',
    'visits/outbox',
    'visits/signsheet',
    'community/reports',
    'community/mediations',
    'community/notices',
    'community/notice-edit',
    'community/guides',
    'community/guide-edit',
    'community/watch-points',
    'community/watch-point-edit',
    'content/index',
    'content/edit',
    'messages/index',
    'messages/thread',
  ],
  community: [
    'watch-points/index',
    'notices/index',
    'notices/detail',
    'guides/index',
    'guides/detail',
    'reports/new',
    'reports/mine',
    'mediation/new',
    'mediation/mine',
  ],
  visits: ['session/index', 'book/index', 'booking/index', 'mine/index', 'requests/index'],
  fraud: ['list/index', 'article/index', 'case/index', 'quiz/index', 'result/index', 'mistakes/index'],
  // 留言: a resident's messages to the community officer.
  messages: ['write/index', 'thread/index', 'mine/index'],
  // 隐私说明 and 我的数据 (export, delete).
  privacy: ['policy/index', 'my-data/index'],
} as const

export type MainPage = (typeof MAIN_PAGES)[number]
export type SubpackageRoot = keyof typeof SUBPACKAGES

/**
 * Independent subpackages (独立分包): WeChat opens their pages without downloading the main package
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/independent.html), so a scan
 * draws the card from that one small package. Their pages may not use app.wxss, App or code of another
 * package; Taro builds them with their own copy of its runtime.
 */
export const INDEPENDENT_SUBPACKAGES: readonly SubpackageRoot[] = ['pages/plate']
export type SubpackagePage = { [R in SubpackageRoot]: `${R}/${(typeof SUBPACKAGES)[R][number]}` }[SubpackageRoot]
/** A page of the app as app.json names it: no leading slash, no query. */
export type PagePath = MainPage | SubpackagePage

/** Every page, main package first. */
export const ALL_PAGES: readonly PagePath[] = [
  ...MAIN_PAGES,
  ...(Object.keys(SUBPACKAGES) as SubpackageRoot[]).flatMap((root) => SUBPACKAGES[root].map((page) => `${root}/${page}` as SubpackagePage)),
]

export function isPagePath(path: string): path is PagePath {
  return (ALL_PAGES as readonly string[]).includes(path)
}

export function isMainPage(path: string): path is MainPage {
  return (MAIN_PAGES as readonly string[]).includes(path)
}

/** A page WeChat can show on a cold open with no second download: the main package's or an independent subpackage's. */
export function opensCold(path: string): path is PagePath {
  return isMainPage(path) || (isPagePath(path) && INDEPENDENT_SUBPACKAGES.some((root) => path.startsWith(`${root}/`)))
}

export function isTabPage(path: string): path is TabPage {
  return TAB_PAGES.some((tab) => tab.pagePath === path)
}
