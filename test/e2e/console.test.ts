import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'
import { onScreen } from './on-screen'

/**
 * The staff console in Chromium at a phone viewport: an admin creates a plate, sees its QR and its
 * poster; an officer is not offered what only admins may do. Screenshots land in test-results/screenshots/.
 */
const run = browserAvailable() ? describe : describe.skip

run('the staff console in Chromium', () => {
  const app = useAppInBrowser()

  it('lets an admin create a plate, see its QR code and open its poster', async () => {
    const { page, problems } = await phonePage(app.browser)
    const { shown, field } = onScreen(page)

    await page.goto(`${app.cloud.url}/#/staff/index/index?as=demo-admin`)
    await shown('管理员').waitFor()
    await shown('警民联系牌').click()
    await shown('南关社区 3 号楼单元门').waitFor()
    await screenshot(page, 'console-plates')

    await shown('新建一块').click()
    await shown('城关派出所').waitFor()
    await field('位置名称').fill('南关社区 9 号楼东门')
    await field('地址').fill('南关什字 9 号楼')
    await shown('城关派出所').click()
    // The area is chosen from the station's known areas, each with its officer.
    await shown('南关社区（王建国）').click()
    await screenshot(page, 'console-plate-new')
    await shown('创建联系牌').click()

    await shown('南关社区 9 号楼东门').waitFor()
    await shown('王建国　警号 062301　13800000001').waitFor()
    const qr = page.locator('.plate-detail__qr img').filter({ visible: true }).first()
    await qr.waitFor()
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await screenshot(page, 'console-plate-detail')

    await shown('打印海报').click()
    await shown('微信扫一扫，找到社区民警').waitFor()
    await shown('王建国').waitFor()
    await shown('打印').waitFor()
    await screenshot(page, 'console-poster')
    expect(problems).toEqual([])
  })

  it('does not offer an officer what only admins may do', async () => {
    const { page, problems } = await phonePage(app.browser)
    const shown = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true })

    await page.goto(`${app.cloud.url}/#/staff/index/index?as=demo-officer`)
    await shown('社区民警').first().waitFor()
    await shown('扫码统计').first().waitFor()
    expect(await shown('新建一块联系牌').count()).toBe(0)
    expect(await shown('批量生成联系牌').count()).toBe(0)
    await screenshot(page, 'console-officer-home')

    await shown('警民联系牌').first().click()
    await shown('南关社区 3 号楼单元门').first().waitFor()
    expect(await shown('新建一块').count()).toBe(0)
    expect(await shown('批量生成').count()).toBe(0)

    await shown('南关社区 3 号楼单元门').first().click()
    await shown('打印海报').first().waitFor()
    expect(await shown('停用这块联系牌').count()).toBe(0)
    expect(await shown('修改位置、社区或派出所').count()).toBe(0)
    await screenshot(page, 'console-officer-plate')
    expect(problems).toEqual([])
  })
})
