import { DEMO_OFFICER_OPENID } from '../../local/demo/people'
import { DEMO_RESIDENT_OPENID } from '../../local/demo/community'
import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'
import { answerAs } from './call-as'

/**
 * The community pages in Chromium at a phone viewport: the home tab's nearest watch points (the
 * browser's position granted and set near the demo station), a clue report sent and followed as the
 * officer handles it, and the other pages each showing real content. Screenshots in
 * test-results/screenshots/community-*.png.
 */
const run = browserAvailable() ? describe : describe.skip

const NEAR_STATION = { latitude: 36.0625, longitude: 103.8335 }

run('community pages in Chromium', () => {
  const app = useAppInBrowser()

  const asOfficer = (action: string, data: object) => answerAs(app.cloud, DEMO_OFFICER_OPENID, 'community', action, data)

  it('shows the nearest watch points on the home tab once the person taps, and not before', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.context().grantPermissions(['geolocation'], { origin: app.cloud.url })
    await page.context().setGeolocation(NEAR_STATION)
    await page.goto(`${app.cloud.url}/`)
    const ask = page.getByText('查找附近的守望点')
    await ask.waitFor()
    await page.getByText(/才会读取一次您的位置/).waitFor()
    expect(await page.getByTestId('watch-point').count()).toBe(0)
    await page.getByText('冬季用火用电安全提醒').first().waitFor()
    await ask.click()
    // H5's first use of the position: the 用户隐私保护提示 first, remembered once agreed.
    await page.getByText('同意并继续').filter({ visible: true }).click()
    await page.getByText('南关什字 24 小时便利店').waitFor()
    const cards = page.getByTestId('watch-point')
    expect(await cards.count()).toBe(3)
    await cards.first().getByText('现在开门').waitFor()
    await cards.first().scrollIntoViewIfNeeded()
    await screenshot(page, 'community-home-watch-points')
    await page.getByText('查看更多守望点 ›').click()
    await page.getByText('查找附近的守望点').click()
    await page.getByText('看地图、去那里').first().waitFor()
    expect(await page.getByTestId('watch-point').filter({ visible: true }).count()).toBeGreaterThanOrEqual(10)
    await screenshot(page, 'community-watch-points')
    expect(problems).toEqual([])
  })

  it('says plainly when the position is refused', async () => {
    const { page } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/community/watch-points/index`)
    await page.getByText('查找附近的守望点').click()
    // 不同意 on the privacy notice: nothing is read, and the page says what to do instead.
    await page.getByText('不同意', { exact: true }).filter({ visible: true }).click()
    await page.getByText(/没有得到位置权限/).waitFor()
    // Agreed on 再试一次, but the browser has no permission: the same plain words.
    await page.getByText('再试一次').filter({ visible: true }).click()
    await page.getByText('同意并继续').filter({ visible: true }).click()
    await page.getByText(/没有得到位置权限|暂时没能读取位置/).waitFor()
  })

  it('sends a clue report and follows it in 我的举报 as the officer handles it', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/community/reports/new?stationId=st-chengguan`)
    await page.getByText('拨打 110').first().waitFor()
    await page.getByText('电信网络诈骗').click()
    await page.locator('textarea').fill('小区门口有人摆摊，说扫码领鸡蛋，要下载投资软件、填银行卡号。')
    await page.getByText('匿名', { exact: true }).click()
    await page.getByText(/民警看不到您是谁/).waitFor()
    await screenshot(page, 'community-report-form')
    await page.getByText('提交线索').click()
    await page.getByText('线索已提交').waitFor()
    const ticketText = await page.getByText(/^编号 JB/).textContent()
    const ticketNo = ticketText!.replace('编号 ', '').trim()
    await screenshot(page, 'community-report-sent')
    await page.getByText('查看处理进度').click()
    const mine = page.getByTestId('my-report').filter({ hasText: ticketNo })
    await mine.getByText('已提交').first().waitFor()
    await mine.getByText(/匿名/).waitFor()

    expect((await asOfficer('acceptReport', { ticketNo })).ok).toBe(true)
    expect((await asOfficer('closeReport', { ticketNo, reply: '已到现场核查并清理摊点，谢谢您的线索。' })).ok).toBe(true)
    await page.reload()
    await mine.getByText('已办结').first().waitFor()
    await mine.getByText('已到现场核查并清理摊点，谢谢您的线索。').waitFor()
    await screenshot(page, 'community-my-reports')
    expect(problems).toEqual([])
  })

  it('shows notices, guides and mediation pages with real content', async () => {
    // A fresh page for each part: each opens its page by URL, as a shared link would.
    const open = async (path: string) => {
      const opened = await phonePage(app.browser)
      await opened.page.goto(`${app.cloud.url}/#${path}`)
      return opened
    }
    const notices = await open('/community/notices/index')
    await notices.page.getByText('置顶').first().waitFor()
    await screenshot(notices.page, 'community-notices')
    await notices.page.getByText('冬季用火用电安全提醒').click()
    await notices.page.getByText(/发现火情请立即拨打 119/).waitFor()
    await screenshot(notices.page, 'community-notice')

    const guides = await open('/community/guides/index')
    await guides.page.getByText('港澳通行证再次签注').waitFor()
    await screenshot(guides.page, 'community-guides')
    await guides.page.getByText('居住证办理').click()
    await guides.page.getByText('要带什么', { exact: true }).waitFor()
    await guides.page.getByText('预约流动警务室', { exact: true }).waitFor()
    await screenshot(guides.page, 'community-guide')

    const mine = await open(`/community/mediation/mine?as=${DEMO_RESIDENT_OPENID}`)
    await mine.page.getByText('已约定调解').first().waitFor()
    await mine.page
      .getByText(/138\*\*\*\*1234/)
      .first()
      .waitFor()
    await screenshot(mine.page, 'community-my-mediation')
    const form = await open('/community/mediation/new')
    await form.page.getByText(/不会给对方/).waitFor()
    await screenshot(form.page, 'community-mediation-form')
    for (const { problems } of [notices, guides, mine, form]) expect(problems).toEqual([])
  })

  it('gives the officer queues of reports and mediation requests', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/staff/community/reports?as=${DEMO_OFFICER_OPENID}`)
    await page.getByTestId('report-card').first().waitFor()
    await page.getByText('受理', { exact: true }).first().waitFor()
    await screenshot(page, 'community-staff-reports')
    await page.goto(`${app.cloud.url}/#/staff/community/mediations?as=${DEMO_OFFICER_OPENID}`)
    await page.getByTestId('mediation-card').first().waitFor()
    await screenshot(page, 'community-staff-mediations')
    await page.goto(`${app.cloud.url}/#/staff/community/notice-edit?id=nt-draft&as=${DEMO_OFFICER_OPENID}`)
    await page.getByText('状态：草稿').waitFor()
    await page.getByText('发布', { exact: true }).waitFor()
    await screenshot(page, 'community-staff-notice-edit')
    await page.goto(`${app.cloud.url}/#/staff/community/watch-point-edit?id=wp-07&as=${DEMO_OFFICER_OPENID}`)
    await page.getByText('开门的日子').waitFor()
    await screenshot(page, 'community-staff-watch-point-edit')
    expect(problems).toEqual([])
  })
})
