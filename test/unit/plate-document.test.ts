import { createHash } from 'node:crypto'
import { PLATE_BOOT_PATH, PLATE_BOOT_SCRIPT, plateDocument } from '../../local/gateway/plate-page'
import type { ActionOutput } from '../../types'

/** index.html as `taro build --type h5` writes it (config/index.ts names the files). */
const INDEX =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>警民通</title><style>html{font-size:20px}</style>' +
  '<script defer="defer" src="/js/7059.b3cbd7e0.js"></script><script defer="defer" src="/js/app.07dff4e0.js"></script>' +
  '<link href="/css/app.2e34e817.css" rel="stylesheet"></head><body><div id="app"></div></body></html>'

const CARD = {
  plate: { code: 'HK7M3Q', label: '南关社区 1 号', area: '南关社区', status: 'active' },
  officer: { name: '王建国', badgeNo: '000123', phone: '13800000001', dutyHours: '工作日 9:00–17:00' },
  station: { name: '南关警务室', address: '南关路 1 号', phone: '0931-8123456' },
  emergency: [{ label: '报警', number: '110' }],
} as unknown as ActionOutput<'plates', 'lookup'>

describe('the page a plate link answers with', () => {
  const html = plateDocument(INDEX, CARD)

  it('holds the app back: no script runs and no stylesheet blocks before the card is painted, but every file is fetched at once', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])
    expect(scripts).toEqual([PLATE_BOOT_PATH])
    expect(html).not.toMatch(/rel="stylesheet"/)
    const preloads = [...html.matchAll(/<link rel="preload" as="(script|style)" href="([^"]+)" data-jmt-boot>/g)].map((m) => `${m[1]} ${m[2]}`)
    // In the app's own order: the loader starts the scripts in the order it finds them.
    expect(preloads).toEqual(['script /js/7059.b3cbd7e0.js', 'script /js/app.07dff4e0.js', 'style /css/app.2e34e817.css'])
    expect(html).toContain('<style>html{font-size:20px}</style>')
  })

  it('draws the card first in the body and gives the app its data', () => {
    const body = html.slice(html.indexOf('<body>'))
    expect(body.indexOf('王建国')).toBeGreaterThan(0)
    expect(body.indexOf('王建国')).toBeLessThan(body.indexOf('<div id="app">'))
    expect(html).toMatch(/<script type="application\/json" id="jmt-plate-card">\{.*"王建国".*\}<\/script>/)
  })

  it('names the loader by its content, so a changed loader is never taken from an old cache', () => {
    const hash = createHash('sha256').update(PLATE_BOOT_SCRIPT).digest('hex').slice(0, 8)
    expect(PLATE_BOOT_PATH).toBe(`/plate-boot.${hash}.js`)
  })
})
