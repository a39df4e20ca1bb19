import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildWeappIfStale, WEAPP_DIR, weappSandbox } from './weapp-sandbox'

/**
 * The plate pages are an independent subpackage (types/routes.ts): a scanned 小程序码 opens them
 * without the main package, so they must start from their own files alone, in a runtime with no App,
 * and still draw the card's loading state, ask the cloud for the card and hear WeChat's privacy request.
 * Run on the weapp build (built here when older than the sources).
 */
beforeAll(() => buildWeappIfStale(), 300_000)

const drawnText = (drawn: unknown[]) => JSON.stringify(drawn)

describe('the independent plate package, opened by a scan', () => {
  it('is declared independent in app.json, and fetched ahead on Wi-Fi from 首页 for its 扫一扫', () => {
    const app = JSON.parse(readFileSync(join(WEAPP_DIR, 'app.json'), 'utf8')) as {
      subPackages: { root: string; pages: string[]; independent?: boolean }[]
      preloadRule?: Record<string, { network?: string; packages: string[] }>
    }
    expect(app.subPackages.find((pkg) => pkg.root === 'pages/plate')).toEqual({ root: 'pages/plate', pages: ['index', 'enter'], independent: true })
    expect(app.preloadRule?.['pages/index/index']).toEqual({ network: 'wifi', packages: ['pages/plate'] })
  })

  it('starts the plate page from its own files, with no app.js, and asks for the card', async () => {
    const weapp = weappSandbox()
    weapp.load('pages/plate/index')
    expect(weapp.files.filter((file) => !file.startsWith('pages/plate/'))).toEqual([])
    const drawn = await weapp.open('pages/plate/index', { code: 'NGSQ234X' })
    expect(drawnText(drawn)).toContain('正在查找这块联系牌')
    expect(drawnText(drawn)).toContain('紧急求助')
    const apis = weapp.calls.map((call) => call.api)
    expect(apis).toContain('onNeedPrivacyAuthorization')
    expect(apis.indexOf('cloud.init')).toBeLessThan(apis.indexOf('cloud.callFunction'))
    const lookup = weapp.calls.find((call) => call.api === 'cloud.callFunction')
    expect(lookup?.args[0]).toMatchObject({ name: 'plates', data: { action: 'lookup', data: { code: 'NGSQ234X' } } })
  })

  it('starts the page where a code is typed in the same way', async () => {
    const weapp = weappSandbox()
    weapp.load('pages/plate/enter')
    expect(weapp.files.filter((file) => !file.startsWith('pages/plate/'))).toEqual([])
    expect(drawnText(await weapp.open('pages/plate/enter', {}))).toContain('查看联系牌')
  })

  it('still starts when the main package is already running (a scan from 首页)', async () => {
    const weapp = weappSandbox()
    weapp.load('app')
    weapp.load('pages/index/index')
    weapp.load('pages/plate/index')
    expect(drawnText(await weapp.open('pages/plate/index', { code: 'NGSQ234X' }))).toContain('正在查找这块联系牌')
  })
})
