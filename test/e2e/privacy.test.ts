import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'

/**
 * 我的 → 我的数据 and 隐私说明 in Chromium, under the gateway's content security policy: the export
 * arrives as a file, deletion asks first.
 */
const run = browserAvailable() ? describe : describe.skip

run('privacy pages in Chromium', () => {
  const app = useAppInBrowser()

  it('shows the 隐私说明 with periods and who sees what', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/privacy/policy/index`)
    await page.getByText('预约时填写的姓名和手机号').waitFor()
    await page.getByText('这一场结束后 90 天自动删除').waitFor()
    await screenshot(page, 'privacy-policy')
    expect(problems).toEqual([])
  })

  it('exports my data as a file from 我的 → 我的数据, and deletes it after a confirmation', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/`)
    await page.locator('.weui-tabbar__label', { hasText: '我的' }).click()
    await page.getByText('我的数据', { exact: true }).filter({ visible: true }).first().click()
    await page.getByText('导出我的数据', { exact: true }).filter({ visible: true }).first().waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.action-button', { hasText: '导出我的数据' }).click()])
    expect(download.suggestedFilename()).toMatch(/^警民通-我的数据-\d{4}-\d{2}-\d{2}\.json$/)
    await page.getByText(/已导出/).waitFor()
    await screenshot(page, 'privacy-my-data')

    await page.locator('.action-button', { hasText: '删除我的数据' }).click()
    await page.getByText('确定删除', { exact: true }).filter({ visible: true }).last().click()
    await page.getByText(/已删除/).waitFor()
    expect(problems).toEqual([])
  })
})
