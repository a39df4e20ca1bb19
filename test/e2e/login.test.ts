import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'

/**
 * The H5 login's `?as=` links in Chromium, on a demo instance: a link signs a fresh browser in as a
 * demo identity, and asks before it replaces a session, showing who the person is now.
 */
const run = browserAvailable() ? describe : describe.skip

run('?as= links in Chromium', () => {
  const app = useAppInBrowser()

  it('asks before a link replaces the session, and keeps it when the person says so', async () => {
    const { page, problems } = await phonePage(app.browser)
    const shown = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first()

    await page.goto(`${app.cloud.url}/#/staff/index/index?as=demo-admin`)
    await shown('管理员').waitFor()

    await page.goto(`${app.cloud.url}/#/staff/index/index?as=demo-officer`)
    await page.reload()
    await page.getByText('切换身份？').waitFor()
    await page.getByText(/要以「demo-officer」的身份登录。您现在的身份是「demo-admin」/).waitFor()
    await screenshot(page, 'login-switch-question')
    await shown('保持当前').click()
    await shown('管理员').waitFor()
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('jmt.session') ?? '{}').data?.openid)).toBe('demo-admin')

    // Asked again after a reload (the link is still there), and this time the person switches.
    await page.reload()
    await shown('切换').click()
    await shown('社区民警').waitFor()
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('jmt.session') ?? '{}').data?.openid)).toBe('demo-officer')
    expect(problems).toEqual([])
  })

  it('does not sign in as an identity that is not the demo’s', async () => {
    const { page } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/pages/index/index?as=test-admin-openid`)
    await page.getByText('链接中的身份不是演示身份').waitFor()
    await page.waitForFunction(() => localStorage.getItem('jmt.session') !== null)
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('jmt.session') ?? '{}').data?.openid)).not.toBe('test-admin-openid')
  })
})
