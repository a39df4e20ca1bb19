import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TAB_PAGES, tabIconPath } from '../../types/tab-pages'
import { buildWeappIfStale, WEAPP_DIR, weappSandbox } from './weapp-sandbox'

/**
 * The weapp's scripts carry only the part of the app config that Taro's mini-program runtime reads
 * (config/lean-app-config.ts); WeChat takes the pages, subpackages and tab bar from app.json.
 * Run on the weapp build (built here when older than the sources).
 */
beforeAll(() => buildWeappIfStale(), 300_000)

const read = (file: string) => readFileSync(join(WEAPP_DIR, file), 'utf8')

describe('the app config in the weapp build', () => {
  it('is whole in app.json and absent from the scripts of the main package and the plate pages', () => {
    const app = JSON.parse(read('app.json')) as { subPackages: { root: string; pages: string[] }[]; tabBar: { list: unknown[] } }
    expect(app.subPackages.find((pkg) => pkg.root === 'staff/')?.pages).toContain('officers/access')
    expect(app.tabBar.list).toHaveLength(4)
    for (const script of ['app.js', 'pages/plate/index.js', 'pages/plate/enter.js']) {
      expect(read(script)).not.toContain('officers/access')
      expect(read(script)).not.toContain('selectedIconPath')
    }
  })

  it('carries the icons the custom tab bar draws, which app.json does not name', () => {
    const icons = TAB_PAGES.flatMap((tab) => [tabIconPath(tab.icon, false), tabIconPath(tab.icon, true)])
    expect(icons.filter((icon) => !existsSync(join(WEAPP_DIR, icon)))).toEqual([])
  })

  it('still starts the app and draws the home tab', async () => {
    const weapp = weappSandbox()
    weapp.load('app')
    weapp.load('pages/index/index')
    expect(JSON.stringify(await weapp.open('pages/index/index', {}))).toContain('社区民警就在身边')
  })
})
