/**
 * The route table is the one list of pages: app.json is built from it, and a link to a page that is
 * not in it does not compile (the @ts-expect-error lines below fail the type check the day such a
 * path becomes acceptable).
 */
import {
  ALL_PAGES,
  INDEPENDENT_SUBPACKAGES,
  isMainPage,
  isPagePath,
  MAIN_PAGES,
  messagePage,
  opensCold,
  pageUrl,
  SUBPACKAGES,
  TAB_PAGES,
} from '../../types/routes'

describe('the route table', () => {
  it('names each page once, the tab pages in the main package', () => {
    expect(new Set(ALL_PAGES).size).toBe(ALL_PAGES.length)
    for (const tab of TAB_PAGES) expect(isMainPage(tab.pagePath)).toBe(true)
    expect(ALL_PAGES).toHaveLength(MAIN_PAGES.length + Object.values(SUBPACKAGES).reduce((n, pages) => n + pages.length, 0))
  })

  it('opens the plate pages from an independent subpackage, under the paths printed 小程序码 carry', () => {
    expect(INDEPENDENT_SUBPACKAGES).toEqual(['pages/plate'])
    expect(isMainPage('pages/plate/index')).toBe(false)
    expect(opensCold('pages/plate/index')).toBe(true)
    expect(opensCold('pages/plate/enter')).toBe(true)
    expect(opensCold('pages/me/index')).toBe(true)
    expect(opensCold('visits/booking/index')).toBe(false)
    expect(opensCold('pages/plate/card')).toBe(false)
  })

  it('has every page of the source tree and nothing else', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { existsSync } = require('node:fs') as typeof import('node:fs')
    for (const page of ALL_PAGES) expect([page, existsSync(`${__dirname}/../../src/${page}.tsx`)]).toEqual([page, true])
  })

  it('makes navigation URLs and message pages with encoded queries', () => {
    expect(pageUrl('visits/booking/index', { bookingId: 'a b', fresh: 1 })).toBe('/visits/booking/index?bookingId=a%20b&fresh=1')
    expect(pageUrl('community/reports/new', { stationId: undefined })).toBe('/community/reports/new')
    expect(messagePage('visits/requests/index', { requestId: 'r1' })).toBe('visits/requests/index?requestId=r1')
  })

  it('knows the pages that do not exist', () => {
    expect(isPagePath('visits/booking/index')).toBe(true)
    expect(isPagePath('visits/booking')).toBe(false)
    expect(isPagePath('fraud-pages/quiz/index')).toBe(false)
  })

  it('refuses a page that does not exist at compile time', () => {
    // @ts-expect-error visits/booking is not a page (the real one is visits/booking/index)
    expect(() => messagePage('visits/booking')).not.toThrow()
    // @ts-expect-error fraud-pages/quiz/index is not a page (the 反诈 subpackage is fraud/)
    expect(() => pageUrl('fraud-pages/quiz/index')).not.toThrow()
  })
})
