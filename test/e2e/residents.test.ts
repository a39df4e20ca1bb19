import type { Page } from 'playwright-core'
import { browserAvailable, residentPhone, screenshot, useAppInBrowser } from './browser'

/**
 * Issue 17's rough edges, as an elderly resident meets them in the H5 app at 390×844, in both text
 * sizes: watch points without a position (#6), only what works in a browser (#7), sharing (#8), the
 * national anti-fraud app (#9), time ranges kept whole (#12) and no internal names (#13).
 */
const run = browserAvailable() ? describe : describe.skip

/** Only what is on screen: Taro keeps pages it has left in the DOM, hidden. */
const shown = (page: Page, text: string | RegExp) =>
  page
    .getByText(text, { exact: typeof text === 'string' })
    .filter({ visible: true })
    .first()

/** Time ranges on screen that a line break splits, and how many ranges were looked at. */
async function splitRanges(page: Page, selector: string): Promise<{ split: string[]; seen: number }> {
  return page.evaluate((selector) => {
    const split: string[] = []
    let seen = 0
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if (!(element as HTMLElement).offsetParent) continue
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        const range = /\d{1,2}:\d\d\u2060?–\u2060?\d{1,2}:\d\d/.exec(text)
        if (!range) continue
        seen += 1
        const r = document.createRange()
        r.setStart(node, range.index)
        r.setEnd(node, range.index + range[0].length)
        const lines = new Set(
          Array.from(r.getClientRects())
            .filter((box) => box.width > 0)
            .map((box) => Math.round(box.top)),
        )
        if (lines.size > 1) split.push(text)
      }
    }
    return { split, seen }
  }, selector)
}

run('residents, second pass (issue 17)', () => {
  const app = useAppInBrowser()

  describe.each([
    ['normal text', false],
    ['大字模式', true],
  ])('in %s', (_size, large) => {
    it('#6 lists and searches watch points without a position', async () => {
      const page = await residentPhone(app, large)
      await page.goto(`${app.cloud.url}/#/community/watch-points/index`)
      await shown(page, '查找附近的守望点').waitFor()
      // Nothing asked for the position, yet the points are there to browse.
      await page.getByTestId('watch-point').filter({ visible: true }).first().waitFor()
      const all = await page.getByTestId('watch-point').filter({ visible: true }).count()
      expect(all).toBeGreaterThan(1)
      await page.getByLabel('按名称、地址或社区查找').filter({ visible: true }).locator('input').fill('便利店')
      await shown(page, '查找').click()
      await shown(page, '南关什字 24 小时便利店').waitFor()
      await page.waitForFunction((before) => document.querySelectorAll('[data-testid="watch-point"]').length < before, all)
    }, 120_000)

    it('#7 offers no scan button a browser cannot honour', async () => {
      const page = await residentPhone(app, large)
      await page.goto(`${app.cloud.url}/#/pages/index/index`)
      await shown(page, '输入联系牌编号').waitFor()
      await shown(page, '用手机自带的相机对准联系牌上的二维码，也能直接打开。').waitFor()
      expect(await page.getByText('扫一扫警民联系牌').filter({ visible: true }).count()).toBe(0)
    }, 120_000)

    it('#8 shares an article: the privacy notice once, then the link copied for family', async () => {
      const page = await residentPhone(app, large)
      await page.goto(`${app.cloud.url}/#/fraud/article/index?id=article-01`)
      await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }))
      await shown(page, '转发给家里人').click()
      await shown(page, '同意并继续').click()
      await shown(page, '链接已复制').waitFor()
      await screenshot(page, `residents-share-${large ? 'large' : 'normal'}`)
    }, 120_000)

    it('#9 asks residents to install 国家反诈中心 and says what it does', async () => {
      const page = await residentPhone(app, large)
      await page.goto(`${app.cloud.url}/#/pages/fraud/index`)
      await shown(page, '装上“国家反诈中心”App').waitFor()
      await shown(page, '· 检查手机里有没有诈骗软件').waitFor()
      await shown(page, '复制名称，去应用商店搜索').waitFor()
    }, 120_000)

    it('#12 keeps every session time range on one line', async () => {
      const page = await residentPhone(app, large)
      await page.goto(`${app.cloud.url}/#/pages/visits/index`)
      await shown(page, '民警到身边来办事').waitFor()
      await page.locator('.session-card__when').filter({ visible: true }).first().waitFor()
      const { split, seen } = await splitRanges(page, '.session-card__when')
      expect(seen).toBeGreaterThan(0)
      expect(split).toEqual([])
    }, 120_000)

    it('#13 shows 我的数据 without internal names', async () => {
      const page = await residentPhone(app, large)
      await page.goto(`${app.cloud.url}/#/privacy/my-data/index`)
      await shown(page, '导出我的数据').waitFor()
      const words = await page.locator('.jmt-page').filter({ visible: true }).first().innerText()
      expect(words).not.toMatch(/rateLimits|openid|OPENID|bookings|subscriptions|messageThreads|用户标识/)
    }, 120_000)
  })
})
