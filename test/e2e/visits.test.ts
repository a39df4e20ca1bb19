import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'
import { answerAs } from './call-as'
import { onScreen } from './on-screen'
import { first } from '../list-items'

/** What a phone camera would read from a picture of a QR code: pixels from Chromium, decoded by jsQR. */
async function decodeQr(page: Page, png: Buffer): Promise<string | null> {
  // A blank page of the same browser turns the PNG into pixels; the app's own CSP stays untouched.
  const scratch = await page.context().newPage()
  const image = await scratch.evaluate(async (base64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${base64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const context = canvas.getContext('2d') as CanvasRenderingContext2D
    context.drawImage(img, 0, 0)
    return { width: img.width, height: img.height, data: Array.from(context.getImageData(0, 0, img.width, img.height).data) }
  }, png.toString('base64'))
  await scratch.close()
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null
}

/**
 * Journey 2 in Chromium at a phone viewport, on the H5 build with the demo data: a resident books the
 * 南关农贸市场 session, sees the queue number and the check-in QR, cancels, and sees the seat come back.
 */
const run = browserAvailable() ? describe : describe.skip

run('booking a 流动警务室 visit in Chromium', () => {
  const app = useAppInBrowser()

  it('books a session, shows the queue number and QR, cancels, and the seat comes back', async () => {
    const { page, problems } = await phonePage(app.browser)
    const { shown } = onScreen(page)
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
    await page.getByLabel('电话').filter({ visible: true }).locator('input').fill('13800000011')
    // A web page gets no WeChat message: H5 offers no 提醒我 and says so.
    expect(await page.getByRole('switch', { name: '开始前提醒我' }).count()).toBe(0)
    await shown(/^网页版收不到微信提醒/).waitFor()
    await screenshot(page, 'visits-book')
    await shown('确认预约').click()

    await shown('预约成功').waitFor()
    // Nothing was asked for, so no grant was stored and the booking carries no reminder.
    const stored = app.cloud.db.snapshot()
    const mine = first(
      (stored.bookings as Array<{ name?: string; openid?: string; remind: boolean; createdAt: Date }>)
        .filter((b) => b.name === '李秀兰')
        .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime()),
    )
    expect(mine.remind).toBe(false)
    const grants = ((stored.subscriptions ?? []) as Array<{ openid: string }>).filter((g) => g.openid === mine.openid)
    expect(grants).toEqual([])
    const queue = await shown(/^第 \d+ 号$/).textContent()
    expect(Number(/\d+/.exec(queue ?? '')?.[0])).toBeGreaterThan(0)
    await shown('预计办理时间').waitFor()
    await shown(/^\d+月\d+日 周. \d\d:\d\d$/).waitFor()
    const code = (await shown(/^签到码 [A-Z0-9]{6,12}$/).textContent())?.replace('签到码 ', '')
    const qr = page.locator('.visit-qr').filter({ visible: true }).first()
    expect(await qr.getAttribute('data-qr')).toBe(code)
    expect(await qr.locator('.visit-qr__run--dark').count()).toBeGreaterThan(20)
    // The blocks on screen scan back to the check-in code, as the officer's phone will read them.
    expect(await decodeQr(page, await qr.screenshot({ scale: 'css' }))).toBe(code)
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

  const callAs = (openid: string, action: string, data: object) => answerAs(app.cloud, openid, 'visits', action, data)

  it('lets the officer check a resident in by typed code, book for someone at the counter, and publish a session', async () => {
    // Check-in opens two hours before the start: a session of today, half an hour from now.
    const startsAt = new Date(Date.now() + 30 * 60_000)
    const created = await callAs('demo-officer', 'createSession', {
      stationId: 'st-chengguan',
      title: '社区警务室门口临时加场',
      place: { name: '南关社区警务室门口', address: '南关什字 1 号' },
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      capacity: 5,
      services: ['户籍咨询', '出入境咨询'],
    })
    expect(created.ok).toBe(true)
    const booked = await callAs('e2e-resident-checkin', 'book', { sessionId: String(created.data.sessionId), matter: '户籍咨询', name: '赵大爷' })
    expect(booked.ok).toBe(true)
    const code = String(booked.data.checkinCode)

    const { page, problems } = await phonePage(app.browser)
    const { shown, field } = onScreen(page)

    await page.goto(`${app.cloud.url}/#/staff/index/index?as=demo-officer`)
    await shown('流动警务室').click()
    await shown('南关社区警务室门口').waitFor()
    await screenshot(page, 'visits-console-sessions')

    await shown('扫码签到').click()
    await field('输入签到码').fill(code.toLowerCase())
    await shown('签到').click()
    await shown(`${booked.data.queueNo} 号 赵大爷 已签到`).waitFor()
    await field('输入签到码').fill(code)
    await shown('签到').click()
    await page.locator('.form-problem').filter({ visible: true }).waitFor()
    await screenshot(page, 'visits-console-checkin')
    await page.goBack()

    await shown('南关社区警务室门口').click()
    await shown(/　赵大爷$/).waitFor()
    await shown('代预约').click()
    await field('居民姓名').fill('钱奶奶')
    await field('联系电话（可不填）').fill('0931-8123456')
    await shown('出入境咨询').click()
    await shown('代为预约').click()
    await shown(/^钱奶奶：第 \d+ 号$/).waitFor()
    await page.goBack()
    await shown(/　钱奶奶$/).waitFor()
    await shown('0931-8123456 · 出入境咨询 · 代预约').waitFor()
    await screenshot(page, 'visits-console-roster')
    await page.goBack()

    await shown('发布新的一场').click()
    const day = new Date(Date.now() + 8 * 3_600_000 + 20 * 86_400_000).toISOString().slice(0, 10)
    await field('标题').fill('流动警务室进幸福里小区')
    await field('地点名称').fill('幸福里小区东门广场')
    await field('地址').fill('城关区幸福路 18 号')
    await field('日期').fill(day)
    await field('名额').fill('12')
    await shown('发布这一场').click()
    await shown('名单（0 人）').waitFor()
    await shown('幸福里小区东门广场').waitFor()
    expect(problems).toEqual([])
  })

  it('lets a resident ask for a visit and second a neighbour’s request', async () => {
    const { page, problems } = await phonePage(app.browser)
    const { shown } = onScreen(page)
    const input = (label: string) => page.getByLabel(label).filter({ visible: true }).locator('input, textarea').first()

    await page.goto(`${app.cloud.url}/#/pages/me/index`)
    await shown('相约上门').click()
    await shown('邻居们的请求').waitFor()
    const card = page.locator('.visit-request-card').filter({ visible: true }).filter({ hasText: '我也需要（附议）' }).first()
    const place = await card.locator('.visit-request-card__place').textContent()
    const before = Number(/(\d+) 位邻居附议/.exec((await card.locator('.visit-request-card__seconds').textContent()) ?? '')?.[1])
    await card.getByText('我也需要（附议）').click()
    const seconded = page
      .locator('.visit-request-card')
      .filter({ visible: true })
      .filter({ hasText: place ?? '' })
      .first()
    await seconded.getByText('你已附议').waitFor()
    expect(await seconded.locator('.visit-request-card__seconds').textContent()).toBe(`${before + 1} 位邻居附议`)

    await input('地点名称').fill('幸福里小区东门广场')
    await input('地址').fill('城关区幸福路 18 号')
    await input('为什么需要民警来').fill('小区老人多，想在家门口办居住证，也想听听防骗知识。')
    await page.locator('.visit-page__day').filter({ visible: true }).nth(2).click()
    await screenshot(page, 'visits-requests')
    await shown('提交请求').click()
    const mine = page.locator('.visit-request-card').filter({ visible: true }).filter({ hasText: '幸福里小区东门广场' }).first()
    await mine.getByText('这是你提出的请求').waitFor()
    expect(await mine.getByText('我也需要（附议）').count()).toBe(0)
    expect(problems).toEqual([])
  })
})
