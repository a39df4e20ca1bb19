import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'

/**
 * Journey 2 in Chromium at a phone viewport, on the H5 build with the demo data: a resident books the
 * 南关农贸市场 session, sees the queue number and the check-in QR, cancels, and sees the seat come back.
 */
const run = browserAvailable() ? describe : describe.skip

run('booking a 流动警务室 visit in Chromium', () => {
  const app = useAppInBrowser()

  it('books a session, shows the queue number and QR, cancels, and the seat comes back', async () => {
    const { page, problems } = await phonePage(app.browser)
    // Taro keeps pages it has left in the DOM, hidden: look only at what is on screen.
    const shown = (text: string | RegExp) => page.getByText(text, { exact: typeof text === 'string' }).filter({ visible: true }).first()
    const seatsLeft = async () => {
      const words = await page.locator('.visit-page__seats').filter({ visible: true }).first().textContent()
      const match = /还剩 (\d+) 个名额/.exec(words ?? '')
      if (!match) throw new Error(`no seats shown: ${words}`)
      return Number(match[1])
    }

    await page.goto(`${app.cloud.url}/#/pages/visits/index`)
    await shown('南关农贸市场东门').waitFor()
    await screenshot(page, 'visits-tab')

    await shown('南关农贸市场东门').click()
    await shown('流动警务室进南关农贸市场').waitFor()
    const before = await seatsLeft()
    await screenshot(page, 'visits-session')

    await shown('预约这一场').click()
    await shown('办理什么事').waitFor()
    await shown('居住证').click()
    await page.getByLabel('姓名').filter({ visible: true }).locator('input').fill('李秀兰')
    await page.getByLabel('手机号').filter({ visible: true }).locator('input').fill('13800000011')
    await screenshot(page, 'visits-book')
    await shown('确认预约').click()

    await shown('预约成功').waitFor()
    const queue = await shown(/^第 \d+ 号$/).textContent()
    expect(Number(/\d+/.exec(queue ?? '')?.[0])).toBeGreaterThan(0)
    await shown(/^预计 .+ 办理$/).waitFor()
    const code = (await shown(/^签到码 [A-Z0-9]{6,12}$/).textContent())?.replace('签到码 ', '')
    const qr = page.locator('.visit-qr').filter({ visible: true }).first()
    expect(await qr.getAttribute('data-qr')).toBe(code)
    expect(await qr.locator('.visit-qr__run--dark').count()).toBeGreaterThan(20)
    await screenshot(page, 'visits-booked')

    // Back on the session: one seat fewer, and the way to the booking instead of 预约.
    await page.goBack()
    await shown('查看我的排队号').waitFor()
    await page.waitForFunction((n) => document.body.innerText.includes(`还剩 ${n} 个名额`), before - 1)
    expect(await seatsLeft()).toBe(before - 1)

    await shown('查看我的排队号').click()
    await shown(queue ?? '').waitFor()
    await shown('取消预约').click()
    const confirm = page.locator('.taro-model__confirm').filter({ visible: true })
    expect(await confirm.textContent()).toBe('取消预约')
    await confirm.click()
    await shown('已取消').waitFor()
    expect(await page.locator('.visit-qr').filter({ visible: true }).count()).toBe(0)
    await screenshot(page, 'visits-cancelled')

    await page.goBack()
    await shown('预约这一场').waitFor()
    await page.waitForFunction((n) => document.body.innerText.includes(`还剩 ${n} 个名额`), before)
    expect(await seatsLeft()).toBe(before)
    expect(problems).toEqual([])
  })
})
