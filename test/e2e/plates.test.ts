import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'
import { onScreen } from './on-screen'

/**
 * The plates console's daily work in Chromium at 390×844 (issue 16 "Plates"): find plates by part of
 * a name and retire several at once with one reason; make a batch and print it as one document, one
 * A5 poster a page, with its label sheet and CSV. Screenshots land in test-results/screenshots/.
 */
const run = browserAvailable() ? describe : describe.skip

run('the plates console in Chromium', () => {
  const app = useAppInBrowser()

  it('finds plates by part of their name and retires two at once, showing the reason', async () => {
    const { page, problems } = await phonePage(app.browser)
    const { shown, field } = onScreen(page)
    await page.goto(`${app.cloud.url}/#/staff/plates/index?as=demo-admin`)
    await shown('南关社区 3 号楼单元门').waitFor()

    await field('搜索').fill('民主西路')
    await page.locator('.plate-filters__apply').filter({ visible: true }).click()
    // The search's answer replaces the list: the plates of other areas go.
    await page.getByText('南关社区 3 号楼单元门', { exact: true }).filter({ visible: true }).first().waitFor({ state: 'detached' })
    await shown('民主西路建筑工地').waitFor()
    await shown('民主西路 12 号院大门').waitFor()
    await screenshot(page, 'console-plates-search')

    await shown('多选').click()
    await page.getByRole('checkbox', { name: /民主西路 12 号院大门/ }).click()
    await page.getByRole('checkbox', { name: /民主西路建筑工地/ }).click()
    await shown('已选 2 块').waitFor()
    await shown('停用所选').click()
    await field('停用原因').fill('道路改造，牌子已拆')
    await screenshot(page, 'console-plates-bulk-retire')
    await shown('停用这 2 块').click()
    const confirm = page.locator('.taro-model__confirm').filter({ visible: true })
    expect(await confirm.textContent()).toBe('停用')
    await confirm.click()

    await shown('已停用 2 块').waitFor()
    await page.getByText('停用原因：道路改造，牌子已拆', { exact: true }).filter({ visible: true }).nth(1).waitFor()
    await screenshot(page, 'console-plates-retired')
    const plates = app.cloud.db.snapshot().plates as Array<{ label: string; status: string; retiredReason?: string }>
    expect(
      plates
        .filter((p) => p.retiredReason === '道路改造，牌子已拆')
        .map((p) => p.label)
        .sort(),
    ).toEqual(['民主西路 12 号院大门', '民主西路建筑工地'])
    expect(plates.find((p) => p.label === '民主西路社区户口簿联系章')?.status).toBe('active')
    expect(problems).toEqual([])
  }, 120_000)

  it('makes a batch and prints it whole: one A5 poster a page, a label sheet, and the CSV', async () => {
    const { page, problems } = await phonePage(app.browser)
    const { shown, field } = onScreen(page)
    await page.goto(`${app.cloud.url}/#/staff/plates/batch?as=demo-admin`)
    await field('数量').fill('3')
    await field('名称前缀').fill('张掖路门牌')
    await field('地址').fill('张掖路步行街')
    await shown('城关派出所').click()
    await shown('张掖路社区（李晓梅）').click()
    await screenshot(page, 'console-batch-new')
    await shown('批量生成').click()
    await shown(/^批次 \d{8}-[0-9A-Z]{4}（3 块）$/).waitFor()
    await screenshot(page, 'console-batch-made')

    const download = page.waitForEvent('download')
    await shown('导出表格').click()
    const csv = await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    })
    const lines = csv.trimEnd().split('\r\n')
    expect(lines[0]).toBe('\uFEFF编号,名称,种类,社区,地址,状态,链接')
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['张掖路门牌1', '张掖路门牌2', '张掖路门牌3'])

    await shown('打印整批海报').click()
    await shown('打印').waitFor()
    const posters = page.locator('.plate-poster').filter({ visible: true })
    expect(await posters.count()).toBe(3)
    expect(await posters.nth(0).getByText('李晓梅', { exact: true }).count()).toBe(1)
    await screenshot(page, 'console-batch-posters')
    // On paper: one document, one A5 page per poster, the buttons left off.
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(3)
    const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)
    expect(Math.round(Number(box?.[1]))).toBe(420) // A5: 148 mm = 420 pt wide…
    expect(Math.round(Number(box?.[2]))).toBe(595) // …and 210 mm = 595 pt high

    await page.goBack()
    await shown('打印标签').click()
    const labels = page.locator('.label-sheet__label').filter({ visible: true })
    await labels.first().waitFor()
    expect(await labels.count()).toBe(3)
    await screenshot(page, 'console-batch-labels')
    expect(problems).toEqual([])
  }, 180_000)
})
