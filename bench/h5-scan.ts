import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../scripts/chromium'
import { startLocalCloud } from '../local/cloud'
import { DEMO_PLATE_CODE } from '../local/demo/people'
import { OFFICER_NAME_TIMING } from '../local/gateway/plate-page'
import { buildH5IfStale, H5_DIR } from '../scripts/h5-build'
import type { ActionOutput } from '../types'
import { median } from './quantiles'
import { warm } from './warm'

/** Chrome DevTools' "Slow 4G" preset, as the issue measures it. */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }

export interface ScanTiming {
  /** Median milliseconds from the start of navigation to the officer's name painted on screen. */
  app: number
  /** The same for a static page holding the same card, served from loopback under the same network. */
  staticPage: number
  /** Bytes over the wire (after any compression) for one cold open of the app. */
  appBytes: number
  staticBytes: number
}

type Card = ActionOutput<'plates', 'lookup'>

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The baseline: the card as one hand-written HTML page, no script at all. */
function staticCardPage(card: Card): string {
  const { plate, officer, station } = card
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>警民通</title>
<style>body{font-family:sans-serif;margin:0;background:#f2f5fa}.card{background:#fff;margin:12px;padding:16px;border-radius:8px}h1{font-size:18px}</style></head>
<body><div class="card"><h1>${escapeHtml(plate.label)}</h1><p>${escapeHtml(plate.area)} · 编号 ${escapeHtml(plate.code)}</p></div>
<div class="card"><p>社区民警</p><h1 elementtiming="${OFFICER_NAME_TIMING}">${escapeHtml(officer?.name ?? '')}</h1><p>警号 ${escapeHtml(officer?.badgeNo ?? '')}</p><p>${escapeHtml(officer?.phone ?? '')}</p><p>${escapeHtml(officer?.dutyHours ?? '')}</p></div>
<div class="card"><h1>${escapeHtml(station.name)}</h1><p>${escapeHtml(station.address)}</p><p>${escapeHtml(station.phone)}</p></div>
<div class="card">${card.emergency.map((e) => `<p>${escapeHtml(e.label)} ${escapeHtml(e.number)}</p>`).join('')}</div></body></html>`
}

function serveOnce(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
    res.end(html)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })))
}

/**
 * One cold open (fresh context, no cache) of `url` at 390×844: milliseconds from navigation start
 * (redirects included) to the first frame in which `name` is on screen, and the bytes transferred.
 * The frame is the browser's own record where the name carries the Element Timing identifier (both
 * pages here do): a check run from the page's main thread sees it only when the thread is free, and
 * the app starts its scripts right after the frame with the card. Otherwise, the first frame in which
 * such a check finds the name laid out inside the viewport.
 */
async function openCold(browser: Browser, url: string, name: string, throttle: boolean): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    if (throttle) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G })
    let bytes = 0
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength
    })
    await page.addInitScript((identifier) => {
      const painted: number[] = []
      Object.assign(window, { __namePainted: painted })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { identifier?: string; renderTime?: number }>) {
          if (entry.identifier === identifier) painted.push(entry.renderTime || entry.startTime)
        }
      }).observe({ type: 'element', buffered: true })
    }, OFFICER_NAME_TIMING)
    await page.goto(url, { waitUntil: 'commit' })
    const ms = await page.waitForFunction(
      ([wanted, identifier]) => {
        const painted = (window as unknown as { __namePainted?: number[] }).__namePainted ?? []
        if (painted.length > 0) return Math.min(...painted)
        // A timed name on the page: its record follows the frame that painted it.
        if (document.querySelector(`[elementtiming="${identifier}"]`)) return false
        const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.includes(wanted) || !node.parentElement) continue
          const box = node.parentElement.getBoundingClientRect()
          const style = getComputedStyle(node.parentElement)
          if (box.width > 0 && box.height > 0 && box.top < innerHeight && style.visibility !== 'hidden' && style.opacity !== '0') return performance.now()
        }
        return false
      },
      [name, OFFICER_NAME_TIMING] as const,
      { polling: 'raf', timeout: 60_000 },
    )
    const at = (await ms.jsonValue()) as number
    // Let late responses of the open finish so the byte count is the whole cold open.
    await page.waitForLoadState('networkidle').catch(() => undefined)
    return { ms: at, bytes }
  } finally {
    await context.close()
  }
}

/**
 * H5 scan → officer name visible: the app opened at the plate's QR link (`/p/<code>`) on a fresh
 * local cloud with demo data, against a static page holding the same card, alternating, `runs` each.
 * `reuseBuild` measures an existing dist/h5 (after `npm run build:h5`) instead of checking its sources.
 */
export async function measureScan(options: { runs: number; reuseBuild?: boolean; chromium?: string }): Promise<{ slow4g: ScanTiming; loopback: ScanTiming }> {
  if (!(options.reuseBuild && existsSync(join(H5_DIR, 'index.html')))) buildH5IfStale((line) => console.error(line))
  const dataDir = mkdtempSync(join(tmpdir(), 'jmt-bench-'))
  // A raised time limit for the workers' first loads on a busy machine (see run.ts), all warmed first.
  const cloud = await startLocalCloud({ port: 0, dataDir, demo: true, functionTimeoutMs: 120_000 })
  await warm(cloud, 'plates', { action: 'lookup', data: { code: DEMO_PLATE_CODE } })
  const browser = await launchChromium(options.chromium)
  try {
    const res = await fetch(`${cloud.url}/api/functions/plates`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'lookup', data: { code: DEMO_PLATE_CODE } }),
    })
    const card = ((await res.json()) as { data: Card }).data
    const name = card.officer?.name
    if (!name) throw new Error('the demo plate has no officer')
    const baseline = await serveOnce(staticCardPage(card))
    const measureUnder = async (throttle: boolean): Promise<ScanTiming> => {
      const app: { ms: number; bytes: number }[] = []
      const still: { ms: number; bytes: number }[] = []
      for (let i = 0; i < options.runs; i++) {
        still.push(await openCold(browser, baseline.url, name, throttle))
        app.push(await openCold(browser, `${cloud.url}/p/${DEMO_PLATE_CODE}`, name, throttle))
      }
      return {
        app: median(app.map((r) => r.ms)),
        staticPage: median(still.map((r) => r.ms)),
        appBytes: median(app.map((r) => r.bytes)),
        staticBytes: median(still.map((r) => r.bytes)),
      }
    }
    try {
      return { slow4g: await measureUnder(true), loopback: await measureUnder(false) }
    } finally {
      baseline.server.close()
    }
  } finally {
    await browser.close()
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
