import type { PagePath } from './routes'

/**
 * Names of pages for navigation and subscribe messages, built from the route table's page paths
 * (types/routes.ts). The app imports them from here rather than from the table: Taro also compiles
 * app.config.ts as a webpack entry, and a module it shares with the pages lands in the main package's
 * common.js whole, page table and all.
 */

/** Query values left out when undefined or empty; the rest URL-encoded. */
export type PageQuery = Record<string, string | number | undefined>

function withQuery(path: string, query: PageQuery = {}): string {
  const pairs = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return pairs.length ? `${path}?${pairs.join('&')}` : path
}

/** A URL made by `pageUrl` from the table: a hand-written string is not one. */
export type PageUrl = string & { readonly __pageUrl: true }
/** A subscribe message's page made by `messagePage` from the table. */
export type MessagePage = string & { readonly __messagePage: true }

/** A URL for Taro's navigateTo / redirectTo / switchTab: `/visits/booking/index?bookingId=…`. */
export function pageUrl(path: PagePath, query?: PageQuery): PageUrl {
  return withQuery(`/${path}`, query) as PageUrl
}

/**
 * The `page` of a subscribe message: a page of the app with its query and no leading slash, as
 * subscribeMessage.send documents it ("仅限本小程序内的页面。支持带参数,(示例 index?foo=bar)").
 */
export function messagePage(path: PagePath, query?: PageQuery): MessagePage {
  return withQuery(path, query) as MessagePage
}

/** The page part of a message page or URL (`visits/booking/index?x=1` → `visits/booking/index`). */
export function pathOf(link: string): string {
  const [page = ''] = link.replace(/^\//, '').split('?')
  return page
}
