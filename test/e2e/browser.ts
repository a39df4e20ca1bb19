import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { type LocalCloud, startLocalCloud } from '../../local/cloud'
import { CHROMIUM, launchChromium } from '../../scripts/chromium'
import { buildH5IfStale } from '../../scripts/h5-build'

export const SHOTS_DIR = join(__dirname, '..', '..', 'test-results', 'screenshots')

/**
 * Whether browser tests can run here. Locally they are skipped with a clear message when Chromium is
 * missing; under CI=true a missing Chromium fails the run instead.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true
  if (process.env.CI === 'true') throw new Error(`CI=true but no Chromium at ${CHROMIUM}: apt-get install -y chromium`)
  console.warn(`浏览器测试已跳过：没有找到 Chromium（${CHROMIUM}）。安装：apt-get install -y chromium`)
  return false
}

export function launch(): Promise<Browser> {
  return launchChromium()
}

/** A phone-sized page that records console errors and CSP violations. */
export async function phonePage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(msg.text())
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return { page, problems }
}

/** A fresh phone in the text size asked for, switched on 我的 as a resident would (大字模式 when `large`). */
export async function residentPhone(app: { cloud: LocalCloud; browser: Browser }, large: boolean): Promise<Page> {
  const { page } = await phonePage(app.browser)
  await page.goto(`${app.cloud.url}/#/pages/me/index`)
  const toggle = page.getByTestId('large-text-switch').filter({ visible: true })
  await toggle.waitFor()
  if (large) {
    await toggle.click()
    await page.locator('[data-testid="large-text-switch"][data-on="yes"]').filter({ visible: true }).waitFor()
  }
  return page
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS_DIR, { recursive: true })
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) })
}

/**
 * For one test file: the current H5 build served by a fresh local cloud with demo data, and a
 * Chromium to open it. Read `app.cloud` and `app.browser` inside tests.
 */
export function useAppInBrowser(): { cloud: LocalCloud; browser: Browser } {
  const app = {} as { cloud: LocalCloud; browser: Browser }
  let dataDir: string
  beforeAll(async () => {
    buildH5IfStale()
    dataDir = mkdtempSync(join(tmpdir(), 'jmt-e2e-'))
    app.cloud = await startLocalCloud({ port: 0, dataDir, demo: true, workers: 4 })
    app.browser = await launch()
  }, 240_000)
  afterAll(async () => {
    await app.browser?.close()
    await app.cloud?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })
  return app
}
