import type { Page } from 'playwright-core'
import { checkCharacter } from '../../types/plate-code'
import { DEMO_PLATE_CODE } from '../../local/demo/people'
import { DEMO_RETIRED_CODE, DEMO_STAMP_CODE } from '../../local/demo/plates'
import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'

/**
 * The plate card as a resident meets it at 390×844, in both text sizes (issue 17 #1–#5): 110 first,
 * a code that does not exist, a retired plate, a 户口簿 stamp, and a card seen again without a network.
 */
const run = browserAvailable() ? describe : describe.skip

const VIEWPORT_HEIGHT = 844
const UNKNOWN_CODE = 'ZZZZZZZ' + checkCharacter('ZZZZZZZ')
/** Beside 东城派出所 (103.8821, 36.0502), far from 城关派出所. */
const NEAR_DONGCHENG = { latitude: 36.0505, longitude: 103.881 }
const SIZES = [
  ['normal', false],
  ['large', true],
] as const

const plateRoute = (code: string) => `/#/pages/plate/index?code=${code}`

/** A phone page with 大字模式 on or off from its first script on. */
async function openAt(app: ReturnType<typeof useAppInBrowser>, large: boolean) {
  const opened = await phonePage(app.browser)
  await opened.page.addInitScript((on) => localStorage.setItem('jmt.largeText', JSON.stringify({ data: on })), large)
  return opened
}

const shown = (page: Page, text: string | RegExp) => page.getByText(text).filter({ visible: true }).first()

run('the plate card in Chromium, in both text sizes', () => {
  const app = useAppInBrowser()

  describe.each(SIZES)('%s text', (size, large) => {
    it('#1 puts 110 and the not-an-emergency notice, in one line, in the first screen', async () => {
      const { page, problems } = await openAt(app, large)
      await page.goto(`${app.cloud.url}/p/${DEMO_PLATE_CODE}`)
      await page.locator('.officer-card__name', { hasText: '王建国' }).waitFor()
      expect(await page.locator('.jmt-page--large').filter({ visible: true }).count()).toBe(large ? 1 : 0)

      const bar = page.getByTestId('emergency-bar').filter({ visible: true })
      const box = (await bar.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT_HEIGHT)
      // Above the place and the officer: the first thing on the card.
      const place = (await page.locator('.plate-card__place').filter({ visible: true }).boundingBox())!
      expect(box.y).toBeLessThan(place.y)

      const notice = bar.locator('.emergency-bar__notice')
      await expect(notice.textContent()).resolves.toBe('本程序不是报警渠道')
      const fit = await notice.evaluate((el) => {
        const range = document.createRange()
        range.selectNodeContents(el)
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)))
        return { lines: lines.size, overflow: el.scrollWidth - el.clientWidth }
      })
      expect(fit).toEqual({ lines: 1, overflow: 0 })

      const call = bar.getByText('拨打 110')
      const button = (await call.boundingBox())!
      expect(button.y + button.height).toBeLessThanOrEqual(VIEWPORT_HEIGHT)
      expect(button.height).toBeGreaterThanOrEqual(large ? 28 : 24)
      // One tap hands 110 to the phone's dialler: in H5 Taro.makePhoneCall navigates to tel:110.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Page.enable')
      const dialled: string[] = []
      cdp.on('Page.frameRequestedNavigation', (event) => {
        if (event.url.startsWith('tel:')) dialled.push(event.url)
      })
      await call.click()
      for (let waited = 0; dialled.length === 0 && waited < 5000; waited += 100) await page.waitForTimeout(100)
      expect(dialled).toEqual(['tel:110'])

      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(pageOverflow).toBe(0)
      await screenshot(page, `plate-card-${size}`)
      expect(problems).toEqual([])
    })

    it('#2 answers a code that does not exist with the district number and the stations, without 重试', async () => {
      const { page, problems } = await openAt(app, large)
      await page.goto(`${app.cloud.url}${plateRoute(UNKNOWN_CODE)}`)
      await shown(page, '没有找到这块联系牌').waitFor()
      await shown(page, '拨打 0000-6110000').waitFor()
      await shown(page, '城关派出所').waitFor()
      await shown(page, '东城派出所').waitFor()
      await shown(page, '按离我最近排列').waitFor()
      expect(await page.getByText('重试', { exact: true }).filter({ visible: true }).count()).toBe(0)
      // The bar is there on this page too.
      const bar = (await page.getByTestId('emergency-bar').filter({ visible: true }).boundingBox())!
      expect(bar.y + bar.height).toBeLessThanOrEqual(VIEWPORT_HEIGHT)
      await screenshot(page, `plate-unknown-${size}`)
      expect(problems).toEqual([])
    })

    it('#2 lists the nearest station first once the position is allowed', async () => {
      const { page } = await openAt(app, large)
      // Allowed before: the browser's permission, and 同意 on the app's privacy notice.
      await page.addInitScript(() => localStorage.setItem('jmt.privacy.agreed', JSON.stringify({ data: true })))
      await page.context().grantPermissions(['geolocation'], { origin: app.cloud.url })
      await page.context().setGeolocation(NEAR_DONGCHENG)
      await page.goto(`${app.cloud.url}${plateRoute(UNKNOWN_CODE)}`)
      await shown(page, '离您最近的警务室').waitFor()
      const names = page.getByTestId('nearby-stations').filter({ visible: true }).locator('.station-card__name')
      await names.first().waitFor()
      expect(await names.allTextContents()).toEqual(['东城派出所', '城关派出所'])
      await shown(page, /^约 \d+ 米$/).waitFor()
    })

    it('#3 says why a retired plate was taken down and still shows the area officer', async () => {
      const { page, problems } = await openAt(app, large)
      await page.goto(`${app.cloud.url}${plateRoute(DEMO_RETIRED_CODE)}`)
      await shown(page, '这块联系牌已经停用。停用原因：菜市场已搬到南关农贸市场，请扫新市场门口的牌子。').waitFor()
      await shown(page, '南关社区的社区民警还是下面这位，有事可以直接联系。').waitFor()
      await page.locator('.officer-card__name', { hasText: '王建国' }).filter({ visible: true }).waitFor()
      await shown(page, '打电话到警务室').waitFor()
      expect(problems).toEqual([])
    })

    it('#4 opens a 户口簿 stamp as a 警民联系章 card in household words', async () => {
      const { page, problems } = await openAt(app, large)
      await page.goto(`${app.cloud.url}/p/${DEMO_STAMP_CODE}`)
      await page.locator('.officer-card__name', { hasText: '王建国' }).filter({ visible: true }).waitFor()
      await shown(page, '您家户口簿上的联系章').waitFor()
      await shown(page, '您家的社区民警').waitFor()
      expect(await page.locator('.plate-card__kind').filter({ visible: true }).textContent()).toBe('警民联系章')
      expect(await page.getByText('警民联系牌').filter({ visible: true }).count()).toBe(0)
      await expect(page.title()).resolves.toBe('警民联系章')
      await screenshot(page, `plate-stamp-${size}`)
      expect(problems).toEqual([])
    })

    it('#5 shows a plate scanned once again without a network, saying how old it is, with the emergency numbers', async () => {
      const { page } = await openAt(app, large)
      await page.goto(`${app.cloud.url}${plateRoute(DEMO_PLATE_CODE)}`)
      await page.locator('.officer-card__name', { hasText: '王建国' }).filter({ visible: true }).waitFor()
      // Back home, three days pass (the kept card is aged by hand), and the network goes.
      await page.evaluate(() => {
        location.hash = '#/pages/index/index'
      })
      await shown(page, '社区民警就在身边').waitFor()
      await page.evaluate(() => {
        const stored = JSON.parse(localStorage.getItem('jmt.plateCards') ?? 'null') as { data: { savedAt: number }[] }
        for (const saved of stored.data) saved.savedAt -= 3 * 24 * 60 * 60 * 1000
        localStorage.setItem('jmt.plateCards', JSON.stringify(stored))
      })
      await page.context().setOffline(true)
      await page.evaluate((route) => {
        location.hash = route
      }, plateRoute(DEMO_PLATE_CODE).slice(1))
      await shown(page, '3 天前的信息').waitFor()
      await shown(page, /现在连不上网络/).waitFor()
      // The plate page opened a second time: until Taro's page transition ends, the earlier one can still be
      // on screen beside it. Wait for the one card, then look at it.
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('.officer-card__name')).filter(
            (el) => el.textContent?.includes('王建国') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
          ).length === 1,
      )
      await page.locator('.officer-card__name', { hasText: '王建国' }).filter({ visible: true }).waitFor()
      await shown(page, '打电话给王建国').waitFor()
      const bar = (await page.getByTestId('emergency-bar').filter({ visible: true }).boundingBox())!
      expect(bar.y + bar.height).toBeLessThanOrEqual(VIEWPORT_HEIGHT)
      for (const number of ['110', '119', '120', '122']) await shown(page, number).waitFor()
      await screenshot(page, `plate-offline-${size}`)
      await page.context().setOffline(false)
    })
  })
})
