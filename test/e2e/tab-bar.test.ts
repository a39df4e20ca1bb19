import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { browserAvailable, phonePage, useAppInBrowser } from './browser'

/**
 * Taro's tab bar in the H5 app, in both text sizes: 大字模式 switched on 我的 enlarges the four labels
 * and icons at once, not only the page above them. Both screenshots are kept in docs/.
 */
const run = browserAvailable() ? describe : describe.skip
const DOCS = join(__dirname, '..', '..', 'docs')

interface TabBarLook {
  labels: string[]
  labelPx: number
  iconPx: number
  barHeight: number
  barBottom: number
}

/** The tab bar as drawn: its labels, their type size, the icon size and where the bar sits. */
async function tabBarLook(page: Page): Promise<TabBarLook> {
  return page.evaluate(() => {
    const bar = document.querySelector('.taro-tabbar__tabbar') as HTMLElement
    const labels = Array.from(bar.querySelectorAll('.weui-tabbar__label')) as HTMLElement[]
    const [firstLabel] = labels
    if (!firstLabel) throw new Error('the tab bar has no labels')
    const icon = bar.querySelector('.weui-tabbar__icon') as HTMLElement
    const box = bar.getBoundingClientRect()
    return {
      labels: labels.map((label) => label.textContent ?? ''),
      labelPx: parseFloat(getComputedStyle(firstLabel).fontSize),
      iconPx: icon.getBoundingClientRect().width,
      barHeight: box.height,
      barBottom: box.bottom,
    }
  })
}

run('the H5 tab bar', () => {
  const app = useAppInBrowser()

  it('enlarges its labels and icons in 大字模式 at once, and keeps them after a reload', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/pages/me/index`)
    const toggle = page.getByTestId('large-text-switch').filter({ visible: true })
    await toggle.waitFor()
    const normal = await tabBarLook(page)
    expect(normal.labels).toEqual(['首页', '流动警务室', '反诈', '我的'])
    // Larger than the 10px Taro draws by default, and the bar sits on the bottom of the screen.
    expect(normal.labelPx).toBeGreaterThanOrEqual(12)
    expect(normal.barBottom).toBeCloseTo(844, 0)
    // Both screenshots show the switch above the bar.
    await toggle.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(DOCS, 'screenshot-tab-bar.png') })

    await toggle.click()
    await page.locator('[data-testid="large-text-switch"][data-on="yes"]').filter({ visible: true }).waitFor()
    const large = await tabBarLook(page)
    expect(large.labelPx).toBeGreaterThanOrEqual(normal.labelPx * 1.3)
    expect(large.iconPx).toBeGreaterThan(normal.iconPx)
    // The taller bar still holds icon and label, and still sits on the bottom of the screen.
    expect(large.barHeight).toBeGreaterThan(normal.barHeight)
    expect(large.barBottom).toBeCloseTo(844, 0)
    await toggle.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(DOCS, 'screenshot-tab-bar-large.png') })

    await page.reload()
    await page.getByTestId('large-text-switch').filter({ visible: true }).waitFor()
    expect((await tabBarLook(page)).labelPx).toBe(large.labelPx)
    expect(problems).toEqual([])
  })
})
