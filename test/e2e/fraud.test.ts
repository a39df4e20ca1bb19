import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'
import { signedInAs } from './on-screen'

/**
 * Journey 3 in Chromium at a phone viewport: read an article from the 反诈 tab, take a quiz to its
 * result, and read the article again in 大字模式. The article in both modes is kept in docs/.
 */
const run = browserAvailable() ? describe : describe.skip
const DOCS = join(__dirname, '..', '..', 'docs')

// Taro keeps visited pages in the DOM, hidden: look only at what is on screen.
const shown = (page: Page, text: string | RegExp) => page.getByText(text).filter({ visible: true }).first()

/**
 * The type size of the article's first visible paragraph under `scope`. Read in the page and retried
 * until it is a number: a paragraph Taro is re-rendering is momentarily detached, and a detached
 * element has no computed size (NaN).
 */
async function bodyFontSize(page: Page, scope = ''): Promise<number> {
  const selector = `${scope} .fraud-body__paragraph, ${scope} .fraud-body__item-text`
  const size = await page.waitForFunction((sel) => {
    const visible = Array.from(document.querySelectorAll(sel)).find((el) => (el as HTMLElement).offsetParent !== null)
    const px = visible ? parseFloat(getComputedStyle(visible).fontSize) : NaN
    return Number.isFinite(px) && px > 0 ? px : null
  }, selector)
  return (await size.jsonValue()) as number
}

run('反诈 in the H5 app', () => {
  const app = useAppInBrowser()

  it('reads an article from the tab, with 96110 and 110 under it, then again in large-text mode', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/pages/fraud/index`)
    await shown(page, '今日防骗提醒').waitFor()
    await page.locator('.fraud-tip__text').filter({ visible: true }).first().waitFor()
    await screenshot(page, 'fraud-tab')

    const first = page.locator('.fraud-item__title').filter({ visible: true }).first()
    const title = (await first.textContent())!.trim()
    await first.click()
    await page.locator('.fraud-read__title', { hasText: title }).filter({ visible: true }).waitFor()
    await shown(page, '拨打 96110 反诈专线').waitFor()
    await shown(page, '拨打 110 报警').waitFor()
    const normal = await bodyFontSize(page)
    await page.screenshot({ path: join(DOCS, 'screenshot-article.png') })

    await page.goto(`${app.cloud.url}/#/pages/me/index`)
    await page.getByTestId('large-text-switch').filter({ visible: true }).click()
    await page.locator('[data-testid="large-text-switch"][data-on="yes"]').filter({ visible: true }).waitFor()

    await page.goto(`${app.cloud.url}/#/fraud/article/index?id=article-01`)
    await page.locator('.jmt-page--large .fraud-read__title').filter({ visible: true }).waitFor()
    const large = await bodyFontSize(page, '.jmt-page--large')
    expect(large).toBeGreaterThan(normal * 1.2)
    await page.screenshot({ path: join(DOCS, 'screenshot-article-large.png') })

    // Remembered on the device: a fresh load keeps it.
    await page.reload()
    await page.locator('.jmt-page--large .fraud-read__title').filter({ visible: true }).waitFor()
    expect(problems).toEqual([])
  })

  it('takes a quiz one question at a time, with each explanation, to its result', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/pages/fraud/index`)
    await shown(page, '开始测验').click()
    await shown(page, /第 1 题，共 \d+ 题/).waitFor()
    const total = Number((await shown(page, /第 1 题，共 \d+ 题/).textContent())!.match(/共 (\d+) 题/)![1])
    expect(total).toBe(10)

    for (let n = 1; n <= total; n++) {
      await shown(page, `第 ${n} 题，共 ${total} 题`).waitFor()
      await page.locator('.fraud-question__option').filter({ visible: true }).first().click()
      await page.locator('.fraud-question__explanation').filter({ visible: true }).first().waitFor()
      if (n === 1) await screenshot(page, 'fraud-quiz-explained')
      await shown(page, n === total ? '交卷，看成绩' : '下一题').click()
    }
    await shown(page, /^\d+ \/ 10$/).waitFor()
    await shown(page, '每道题的解析').waitFor()
    expect(await page.locator('.fraud-question__explanation').filter({ visible: true }).count()).toBe(10)
    // Let the page's slide-in finish, for a picture of the page rather than of the animation.
    await page.waitForTimeout(600)
    await screenshot(page, 'fraud-result')

    await shown(page, '去错题本').click()
    await shown(page, /以前答错的题/).waitFor()
    await page.locator('.fraud-question, .page-state--empty').filter({ visible: true }).first().waitFor()
    await screenshot(page, 'fraud-mistakes')
    expect(problems).toEqual([])
  })

  it('lays every 反诈 page out within a phone screen, in both text sizes', async () => {
    const { page, problems } = await phonePage(app.browser)
    const pages: [string, string, string][] = [
      ['tab', '/#/pages/fraud/index', '.fraud-tip__text'],
      ['list', '/#/fraud/list/index?type=police', '.fraud-item__title'],
      ['case', '/#/fraud/case/index?id=case-01', '.fraud-read__lesson'],
      ['quiz', '/#/fraud/quiz/index', '.fraud-question__option'],
      ['mistakes', '/#/fraud/mistakes/index', '.mistakes__lead'],
      ['console-list', '/#/staff/content/index?as=demo-admin', '.list-row'],
      ['console-edit', '/#/staff/content/edit?kind=article&id=article-01&as=demo-admin', '.content-block'],
    ]
    for (const large of [false, true]) {
      // As the demo admin from the first page on: the console pages need that identity, and a link
      // (`?as=`) does not switch a browser already signed in without asking.
      await page.goto(`${app.cloud.url}/#/pages/fraud/index?as=demo-admin`)
      await signedInAs(page, 'demo-admin')
      await page.evaluate((on) => localStorage.setItem('jmt.largeText', JSON.stringify({ data: on })), large)
      for (const [name, path, ready] of pages) {
        await page.goto(`${app.cloud.url}${path}`)
        await page.reload()
        await page.locator(ready).filter({ visible: true }).first().waitFor()
        expect(await page.locator('.jmt-page--large').filter({ visible: true }).count()).toBe(large ? 1 : 0)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect({ name, large, overflow }).toEqual({ name, large, overflow: 0 })
        await screenshot(page, `fraud-${name}${large ? '-large' : ''}`)
      }
    }
    expect(problems).toEqual([])
  })
})
