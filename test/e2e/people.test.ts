import type { Page } from 'playwright-core'
import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'
import { onScreen } from './on-screen'

/**
 * People and content in the console, at 390×844: an admin opens the console for an officer with a
 * 绑定码 the officer types on 我的; 发布 publishes what is on the screen, and a notice taken down
 * (after a question) goes up again. Screenshots land in test-results/screenshots/.
 */
const run = browserAvailable() ? describe : describe.skip

/** What is on screen, with fields that may also be an area editor's input or a text box. */
function onStaffScreen(page: Page) {
  const { shown } = onScreen(page)
  const field = (label: string) =>
    page
      .locator('.text-field, .staff-area', { has: page.getByText(label, { exact: true }) })
      .filter({ visible: true })
      .locator('input, textarea')
      .first()
  return { shown, field }
}

run('people and content in the console', () => {
  const app = useAppInBrowser()

  it('opens the console for an officer by a 绑定码 they enter on 我的', async () => {
    const admin = await phonePage(app.browser)
    const a = onStaffScreen(admin.page)
    await admin.page.goto(`${app.cloud.url}/#/staff/officers/edit?officerId=of-li&as=demo-admin`)
    await a.shown('工作台权限').waitFor()
    await a.shown('生成绑定码').click()
    const digits = admin.page.locator('.bind-code__digits').filter({ visible: true })
    await digits.waitFor()
    const bindCode = ((await digits.textContent()) ?? '').replace(/\s/g, '')
    expect(bindCode).toMatch(/^\d{8}$/)
    await screenshot(admin.page, 'people-bind-code-made')

    // The officer, on their own phone: a new WeChat user as far as the cloud knows.
    const person = await phonePage(app.browser)
    const p = onStaffScreen(person.page)
    await person.page.goto(`${app.cloud.url}/#/pages/me/index`)
    await p.shown('输入绑定码').click()
    await p.field('绑定码').fill('1234567')
    await p.shown('确认开通').click()
    await p.shown('绑定码是 8 位数字，请核对后再输入').waitFor()
    await p.field('绑定码').fill(bindCode)
    await screenshot(person.page, 'people-bind-code-entry')
    await p.shown('确认开通').click()
    await p.shown('已开通民警工作台').waitFor()
    await screenshot(person.page, 'people-bind-code-done')
    await p.shown('进入民警工作台').click()
    await p.shown('居民留言').waitFor()
    expect(await person.page.getByText('审计日志', { exact: true }).filter({ visible: true }).count()).toBe(0)

    // The same code a second time opens nothing.
    const stranger = await phonePage(app.browser)
    const s = onStaffScreen(stranger.page)
    await stranger.page.goto(`${app.cloud.url}/#/staff/officers/bind`)
    await s.field('绑定码').fill(bindCode)
    await s.shown('确认开通').click()
    await s.shown('绑定码不对、已用过或已过期，请向管理员要一个新的').waitFor()

    // The admin sees who has which role, and how it was given.
    await admin.page.goto(`${app.cloud.url}/#/staff/officers/access?as=demo-admin`)
    const row = admin.page.locator('.list-row', { hasText: '李晓梅' }).filter({ visible: true })
    await row.waitFor()
    expect(await row.textContent()).toContain('用绑定码')
    await screenshot(admin.page, 'people-staff-access')
    expect([...admin.problems, ...person.problems, ...stranger.problems]).toEqual([])
    // Three people's phones in one journey: longer than jest's default minute on a loaded machine.
  }, 180_000)

  it('publishes what is on the screen, asks before taking a notice down, and publishes it again', async () => {
    const { page, problems } = await phonePage(app.browser)
    const { shown, field } = onStaffScreen(page)
    await page.goto(`${app.cloud.url}/#/staff/community/notice-edit?id=nt-draft&as=demo-officer`)
    await shown('状态：草稿').waitFor()
    // Changed on the screen and not saved: 发布 must publish this title, not the stored one.
    await field('标题').fill('元旦假期安全提示')
    await shown('发布').click()
    await shown('状态：已发布').waitFor()
    await screenshot(page, 'people-notice-published')

    const resident = await phonePage(app.browser)
    await resident.page.goto(`${app.cloud.url}/#/community/notices/detail?id=nt-draft`)
    await onStaffScreen(resident.page).shown('元旦假期安全提示').waitFor()

    await shown('下架').click()
    const dialog = page.locator('.taro-model__confirm').filter({ visible: true })
    expect(await dialog.textContent()).toBe('下架')
    await screenshot(page, 'people-notice-archive-asks')
    await page.locator('.taro-model__cancel').filter({ visible: true }).click()
    await shown('状态：已发布').waitFor()
    await shown('下架').click()
    await dialog.click()
    // Taken down, the editor goes back to the list: wait for it before opening the notice again.
    await shown('写一条公告').waitFor()

    await page.goto(`${app.cloud.url}/#/staff/community/notice-edit?id=nt-draft&as=demo-officer`)
    await shown('状态：已下架').waitFor()
    await field('正文').fill('元旦假期外出前请关好门窗、水电燃气。')
    await shown('重新发布').click()
    await shown('状态：已发布').waitFor()
    await resident.page.reload()
    await onStaffScreen(resident.page).shown('元旦假期外出前请关好门窗、水电燃气。').waitFor()
    expect([...problems, ...resident.problems]).toEqual([])
  })

  it('names the words the content check objected to', async () => {
    const { page, problems } = await phonePage(app.browser)
    const { shown, field } = onStaffScreen(page)
    await page.goto(`${app.cloud.url}/#/staff/community/notice-edit?as=demo-officer`)
    await field('标题').fill('提醒')
    await field('正文').fill('有人在小区门口办假证，请大家举报。')
    await shown('发布').click()
    await shown('公告内容没有通过内容安全检查：含有“办假证”，请修改后再保存').waitFor()
    await screenshot(page, 'people-notice-rejected-words')
    expect(problems).toEqual([])
  })
})
