import { DEMO_PLATE_CODE } from '../../local/demo/people'
import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'

/**
 * The H5 app from the local cloud in Chromium at a phone viewport, as a resident meets it: the shell,
 * each tab, a scanned plate and a mistyped one. Screenshots land in test-results/screenshots/.
 */
const run = browserAvailable() ? describe : describe.skip

run('the H5 app in Chromium', () => {
  const app = useAppInBrowser()

  it('opens on the home tab with the scan entry and one-tap emergency numbers', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/`)
    await page.getByText('社区民警就在身边').waitFor()
    // H5 cannot scan: it offers the code entry and the phone's camera app, not a button that fails.
    await page.getByText('输入联系牌编号').first().waitFor()
    expect(await page.getByText('扫一扫警民联系牌').count()).toBe(0)
    for (const number of ['110', '119', '120', '122']) await page.getByText(number, { exact: true }).first().waitFor()
    await page
      .getByText(/不是报警渠道/)
      .first()
      .waitFor()
    await screenshot(page, 'home')
    expect(problems).toEqual([])
  })

  it('walks every tab of the shell, each showing a real state', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/`)
    await page.getByText('社区民警就在身边').waitFor()
    // Taro keeps visited tab pages in the DOM, hidden: look only at what is on screen.
    const shown = (text: string | RegExp) => page.getByText(text).filter({ visible: true }).first()
    await page.locator('.weui-tabbar__label', { hasText: '流动警务室' }).click()
    // The demo's sessions: the market one tomorrow, with seats left.
    await shown(/南关农贸市场/).waitFor()
    await shown(/还剩 \d+ 个名额/).waitFor()
    await screenshot(page, 'visits')
    await page.locator('.weui-tabbar__label', { hasText: '反诈' }).click()
    await shown('拨打 96110 反诈专线').waitFor()
    await shown('拨打 110 报警').waitFor()
    await screenshot(page, 'fraud')
    await page.locator('.weui-tabbar__label', { hasText: '我的' }).click()
    await shown('居民').waitFor()
    await screenshot(page, 'me')
    expect(problems).toEqual([])
  })

  it('opens a printed plate link on the officer card with a call button', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/p/${DEMO_PLATE_CODE}`)
    await page.getByText('王建国').first().waitFor()
    await page.getByText(/拨打/).first().waitFor()
    await screenshot(page, 'plate')
    expect(problems).toEqual([])
  })

  it('answers a mistyped plate code with a plain message and a number to call, not a blank page', async () => {
    const { page } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/p/NGSQ234Y`)
    await page
      .getByText(/有误|核对/)
      .first()
      .waitFor()
    await page
      .getByText(/0000-6110110|110/)
      .first()
      .waitFor()
    await screenshot(page, 'plate-mistyped')
  })
})
