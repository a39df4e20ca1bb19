import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { browserAvailable, phonePage, useAppInBrowser } from './browser'
import { callAs } from './call-as'

/**
 * The console on a station PC (1366×768): tables sorted by their headers, 50 rows a numbered page,
 * filters and actions beside the list; and at 390×844 the phone layout as before. The desk
 * screenshots are kept in docs/ (screenshot-desk-*.png).
 */
const run = browserAvailable() ? describe : describe.skip
const DOCS = join(__dirname, '..', '..', 'docs')

async function deskPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, locale: 'zh-CN' })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return { page, problems }
}

/** What a visible locator covers on screen. */
async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not on screen')
  return b
}

/** The side column stands left of the list, and the two share the same rows of the screen. */
async function expectBeside(page: Page) {
  const side = await box(page.locator('.desk-layout__side').filter({ visible: true }).first())
  const table = await box(page.locator('table.desk-table').filter({ visible: true }).first())
  expect(side.x + side.width).toBeLessThanOrEqual(table.x)
  expect(side.y).toBeLessThan(table.y + table.height)
  expect(table.y).toBeLessThan(side.y + side.height)
}

/** The text of one column, top to bottom, in the visible table. */
async function columnTexts(page: Page, index: number): Promise<string[]> {
  return page
    .locator('table.desk-table')
    .filter({ visible: true })
    .first()
    .locator('tbody tr')
    .evaluateAll((rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ''), index)
}

function header(page: Page, title: string): Locator {
  return page.locator('table.desk-table').filter({ visible: true }).first().locator('thead th', { hasText: title })
}

const ascending = (values: number[]) => values.every((v, i) => i === 0 || (values[i - 1] ?? v) <= v)
const descending = (values: number[]) => values.every((v, i) => i === 0 || (values[i - 1] ?? v) >= v)

run('the console at a desk (1366×768)', () => {
  const app = useAppInBrowser()

  beforeAll(async () => {
    // More plates than one desk page of 50, with a few scans on some and one retired.
    const { codes } = (await callAs(app.cloud, 'demo-admin', 'plates', 'createBatch', {
      count: 60,
      kind: 'plate',
      labelPrefix: '东岗小区',
      address: '东岗路 6 号',
      area: '南关社区',
      stationId: 'st-chengguan',
    })) as { codes: string[] }
    await callAs(app.cloud, 'demo-admin', 'plates', 'retire', { code: codes[0], reason: '小区改造，拆除' })
  }, 120_000)

  it('lists plates 50 a page with page numbers, sorts by a header, and keeps the filters beside the table', async () => {
    const { page, problems } = await deskPage(app.browser)
    await page.goto(`${app.cloud.url}/#/staff/plates/index?as=demo-admin`)
    const table = page.locator('table.desk-table').filter({ visible: true }).first()
    await table.waitFor()
    await expectBeside(page)

    expect(await table.locator('tbody tr').count()).toBe(50)
    const pager = page.getByRole('navigation', { name: '分页' }).filter({ visible: true })
    await expect(pager.getByRole('button', { name: '第 1 页' }).getAttribute('aria-current')).resolves.toBe('page')

    // Newest first from the server; 位置名称 sorts in Chinese order, numbers inside names as numbers.
    const byLabel = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN', { numeric: true })
    const label = header(page, '位置名称')
    await label.getByRole('button').click()
    expect(await label.getAttribute('aria-sort')).toBe('ascending')
    const up = await columnTexts(page, 0)
    expect(up).toEqual([...up].sort(byLabel))
    await label.getByRole('button').click()
    expect(await label.getAttribute('aria-sort')).toBe('descending')
    expect(await columnTexts(page, 0)).toEqual([...up].reverse())
    await page.screenshot({ path: join(DOCS, 'screenshot-desk-plates.png') })

    await pager.getByRole('button', { name: '第 2 页' }).click()
    await page.waitForFunction(() => document.querySelector('nav.pager button[aria-current="page"]')?.textContent === '2')
    const second = await table.locator('tbody tr').count()
    expect(second).toBeGreaterThan(0)
    expect(second).toBeLessThanOrEqual(50)
    const scans = header(page, '扫码次数')
    await scans.getByRole('button').click()
    expect(await scans.getAttribute('aria-sort')).toBe('ascending')
    expect(ascending((await columnTexts(page, 6)).map(Number))).toBe(true)
    await scans.getByRole('button').click()
    expect(descending((await columnTexts(page, 6)).map(Number))).toBe(true)

    // A filter beside the list narrows it and starts again from page 1.
    await page.locator('.desk-layout__side').filter({ visible: true }).getByText('已停用', { exact: true }).click()
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('table.desk-table tbody tr'))
      return rows.length > 0 && rows.length < 50 && rows.every((row) => row.textContent?.includes('已停用'))
    })
    expect((await columnTexts(page, 0)).some((label) => label.startsWith('东岗小区'))).toBe(true)
    expect(await page.locator('nav.pager').filter({ visible: true }).count()).toBe(0)

    // The keyboard opens a row: Tab reaches the row's button, Enter opens the plate.
    await table.locator('.desk-table__open').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/staff\/plates\/detail/)
    expect(problems).toEqual([])
  })

  it('lists the sessions 50 a page, sorted by a header, beside their actions', async () => {
    const day = 24 * 3_600_000
    const first = Date.now() + 2 * day
    for (let i = 0; i < 52; i += 1) {
      const startsAt = new Date(first + i * day)
      await callAs(app.cloud, 'demo-officer', 'visits', 'createSession', {
        stationId: 'st-chengguan',
        title: `第 ${i + 1} 场社区接待`,
        place: { name: i % 2 ? '东岗社区活动室' : '南关社区警务室', address: '南关什字 1 号' },
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        capacity: 10 + (i % 7),
        services: ['户籍咨询'],
      })
    }
    const { page, problems } = await deskPage(app.browser)
    await page.goto(`${app.cloud.url}/#/staff/visits/index?as=demo-officer`)
    const table = page.locator('table.desk-table').filter({ visible: true }).first()
    await table.waitFor()
    await expectBeside(page)
    expect(await table.locator('tbody tr').count()).toBe(50)
    const pager = page.getByRole('navigation', { name: '分页' }).filter({ visible: true })
    await pager.getByRole('button', { name: '第 2 页' }).waitFor()

    const place = header(page, '地点')
    await place.getByRole('button').click()
    expect(await place.getAttribute('aria-sort')).toBe('ascending')
    const places = await columnTexts(page, 0)
    expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')))
    await page.screenshot({ path: join(DOCS, 'screenshot-desk-sessions.png') })

    await pager.getByRole('button', { name: '第 2 页' }).click()
    await page.waitForFunction(() => document.querySelector('nav.pager button[aria-current="page"]')?.textContent === '2')
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })

  it('shows a roster as a table with the whole phone numbers, sorted by a header, beside the session', async () => {
    const startsAt = new Date(Date.now() + 3 * 24 * 3_600_000)
    const { sessionId } = (await callAs(app.cloud, 'demo-officer', 'visits', 'createSession', {
      stationId: 'st-chengguan',
      title: '出入境咨询专场',
      place: { name: '南关社区警务室', address: '南关什字 1 号' },
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 20,
      services: ['户籍咨询', '出入境咨询'],
    })) as { sessionId: string }
    const people = [
      ['e2e-desk-1', '王芳', '13800000011'],
      ['e2e-desk-2', '赵大爷', '13800000012'],
      ['e2e-desk-3', '李明', '13800000013'],
    ] as const
    for (const [openid, name, phone] of people) await callAs(app.cloud, openid, 'visits', 'book', { sessionId, matter: '户籍咨询', name, phone })

    const { page, problems } = await deskPage(app.browser)
    await page.goto(`${app.cloud.url}/#/staff/visits/roster?sessionId=${sessionId}&as=demo-officer`)
    const table = page.locator('table.desk-table').filter({ visible: true }).first()
    await table.waitFor()
    await expectBeside(page)
    expect(await columnTexts(page, 1)).toEqual(['王芳', '赵大爷', '李明'])
    expect(await columnTexts(page, 3)).toEqual(['13800000011', '13800000012', '13800000013'])

    const name = header(page, '姓名')
    await name.getByRole('button').click()
    expect(await name.getAttribute('aria-sort')).toBe('ascending')
    expect(await columnTexts(page, 1)).toEqual(['李明', '王芳', '赵大爷'])
    await page.screenshot({ path: join(DOCS, 'screenshot-desk-roster.png') })
    expect(problems).toEqual([])
  })

  it('works the report queue from a table: a row opens its card above, and 打电话 shows the whole number', async () => {
    const { page, problems } = await deskPage(app.browser)
    await page.goto(`${app.cloud.url}/#/staff/community/reports?as=demo-officer`)
    const table = page.locator('table.desk-table').filter({ visible: true }).first()
    await table.waitFor()
    await expectBeside(page)
    // The demo's report of today (numbered by the day it was sent).
    await table.getByRole('button', { name: /^JB\d{8}-5RTX-N7KB$/ }).click()
    await page.getByText('打电话 13800004321', { exact: true }).filter({ visible: true }).first().waitFor()
    expect(await table.locator('tr[aria-current="true"]').textContent()).toContain('-5RTX-N7KB')
    await page.screenshot({ path: join(DOCS, 'screenshot-desk-reports.png') })
    expect(problems).toEqual([])
  })

  it('keeps the phone layout at 390×844: cards, 加载更多, the filters above the list', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/staff/plates/index?as=demo-admin`)
    await page.locator('.list-row').filter({ visible: true }).first().waitFor()
    expect(await page.locator('table').count()).toBe(0)
    expect(await page.locator('nav.pager').count()).toBe(0)
    await page.getByText('加载更多', { exact: true }).filter({ visible: true }).first().waitFor()
    expect(await page.locator('.list-row').filter({ visible: true }).count()).toBe(20)
    const side = await box(page.locator('.desk-layout__side').filter({ visible: true }).first())
    const list = await box(page.locator('.desk-layout__main').filter({ visible: true }).first())
    expect(side.y + side.height).toBeLessThanOrEqual(list.y)
    expect(Math.abs(side.x - list.x)).toBeLessThan(1)
    expect(problems).toEqual([])
  })
})
