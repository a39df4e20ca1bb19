import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
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
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
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

export async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS_DIR, { recursive: true })
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`) })
}
