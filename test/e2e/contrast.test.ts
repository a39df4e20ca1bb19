import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { DEMO_PLATE_CODE } from '../../local/demo/people'
import { browserAvailable, residentPhone, useAppInBrowser } from './browser'

/**
 * Every text a resident reads meets WCAG's 4.5:1 contrast (3:1 for large type), in both text sizes:
 * axe-core's color-contrast rule, run in Chromium on the pages of the three journeys at 390×844.
 */
const run = browserAvailable() ? describe : describe.skip
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

const PAGES: [string, string | RegExp][] = [
  ['/#/pages/index/index', '社区民警就在身边'],
  [`/p/${DEMO_PLATE_CODE}`, '给民警留言'],
  ['/#/pages/plate/enter', '查看联系牌'],
  ['/#/pages/visits/index', '民警到身边来办事'],
  ['/#/pages/fraud/index', '今日防骗提醒'],
  ['/#/fraud/article/index?id=article-01', '转发给家里人'],
  ['/#/community/watch-points/index', '平安守望点'],
  ['/#/pages/me/index', '大字模式'],
  ['/#/privacy/policy/index', '谁能看到'],
]

interface Failure {
  page: string
  text: string
  ratio: string
}

interface AxeNode {
  target: string[]
  any: { data?: { contrastRatio?: number } }[]
}

/** The texts on screen below 4.5:1 (3:1 when large), as axe measures them, and how many passed. */
async function lowContrast(page: Page, path: string): Promise<{ failures: Failure[]; passed: number }> {
  await page.evaluate(AXE)
  const { found, passed } = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { nodes: AxeNode[] }[]; passes: { nodes: AxeNode[] }[] }> }
      }
    ).axe
    const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } })
    const failed = result.violations.flatMap((v) =>
      v.nodes.map((n) => {
        const [selector = ''] = n.target
        const element = selector ? (document.querySelector(selector) as HTMLElement | null) : null
        return { text: (element?.textContent ?? selector).trim().slice(0, 40), ratio: String(n.any[0]?.data?.contrastRatio ?? '?') }
      }),
    )
    return { found: failed, passed: result.passes.reduce((sum, p) => sum + p.nodes.length, 0) }
  })
  return { failures: found.map((f) => ({ page: path, ...f })), passed }
}

run('contrast of every text a resident reads', () => {
  const app = useAppInBrowser()

  it.each([
    ['normal text', false],
    ['大字模式', true],
  ])(
    'is at least 4.5:1 on each page in %s',
    async (_size, large) => {
      const page = await residentPhone(app, large)
      const failures: Failure[] = []
      for (const [path, marker] of PAGES) {
        await page.goto(`${app.cloud.url}${path}`)
        await page.getByText(marker).filter({ visible: true }).first().waitFor()
        // Let transitions and late data settle before measuring colours.
        await page.waitForTimeout(300)
        const measured = await lowContrast(page, path)
        // The rule looked at the page's texts, not at an empty or covered screen.
        expect([path, measured.passed > 0]).toEqual([path, true])
        failures.push(...measured.failures)
      }
      expect(failures).toEqual([])
    },
    180_000,
  )
})
