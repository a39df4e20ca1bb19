import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, sourceHash } from '../scripts/bundle-functions'
import { dirSize, measureWeapp } from '../scripts/size-budget'

const HELLO_DIR = join(ROOT, '.cache', 'bench-hello')

/**
 * Builds a Taro React hello world with our own config, toolchain and browser targets, so the main package can be judged
 * against what Taro itself costs rather than against a remembered number. `reuse` keeps an earlier
 * build made from the same config and lockfile.
 */
export function buildHelloWorld(reuse = false): string {
  const dir = HELLO_DIR
  const stamp = join(dir, '.built-from')
  // Our browserslist too: without one Taro compiles for its ES5 defaults, which makes its runtime about
  // 17 KB larger than in our build, and the comparison flatter us.
  const { browserslist } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { browserslist?: string[] }
  const key = `${sourceHash(['config', 'babel.config.js', 'tsconfig.json', 'package-lock.json'])} ${JSON.stringify(browserslist)}`
  if (reuse && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return join(dir, 'dist', 'weapp')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'src', 'pages', 'index'), { recursive: true })
  cpSync(join(ROOT, 'config'), join(dir, 'config'), { recursive: true })
  cpSync(join(ROOT, 'babel.config.js'), join(dir, 'babel.config.js'))
  cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'hello', private: true, version: '1.0.0', browserslist }))
  writeFileSync(join(dir, 'src', 'app.config.ts'), "export default defineAppConfig({ pages: ['pages/index/index'] })\n")
  writeFileSync(
    join(dir, 'src', 'app.ts'),
    "import { PropsWithChildren } from 'react'\nexport default function App({ children }: PropsWithChildren) { return children }\n",
  )
  writeFileSync(join(dir, 'src', 'app.css'), '')
  writeFileSync(
    join(dir, 'src', 'pages', 'index', 'index.tsx'),
    "import { View, Text } from '@tarojs/components'\nexport default function Index() { return <View><Text>Hello world!</Text></View> }\n",
  )
  writeFileSync(join(dir, 'src', 'pages', 'index', 'index.config.ts'), "export default definePageConfig({ navigationBarTitleText: 'Hello' })\n")
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error('hello world build failed')
  writeFileSync(stamp, key)
  return join(dir, 'dist', 'weapp')
}

/**
 * What WeChat loads to draw a page first. A page of the main package: every file at the package root
 * (app.js, the shared chunks, Taro's runtime, base.wxml with the templates every page renders through,
 * styles) and the page's own four files. A page of an independent subpackage: that subpackage alone,
 * which WeChat opens without the main package (its own runtime, templates and styles), and app.json.
 * Measured for our plate page, the page a scan opens.
 */
export function firstRenderBytes(dir: string, page: string): number {
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string; independent?: boolean }[] }
  const independent = (app.subPackages ?? []).find((pkg) => pkg.independent && page.startsWith(`${pkg.root.replace(/\/$/, '')}/`))
  if (independent) return dirSize(join(dir, independent.root)) + statSync(join(dir, 'app.json')).size
  const root = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile() && !name.endsWith('.LICENSE.txt') && name !== 'project.config.json')
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
  const own = ['.js', '.json', '.wxml', '.wxss'].map((ext) => join(dir, `${page}${ext}`)).filter(existsSync)
  return root + own.reduce((sum, file) => sum + statSync(file).size, 0)
}

export interface PackageFigures {
  main: number
  plateFirstRender: number
}

/**
 * Our weapp main package and the plate page's first render, against the hello world's package and its
 * one page. `reuseBuild` (the bench's --quick) measures an existing dist/weapp instead of building.
 */
export function measurePackages(options: { reuseBuild: boolean }): { ours: PackageFigures; hello: PackageFigures; reused: boolean } {
  const ourDir = join(ROOT, 'dist', 'weapp')
  const reused = options.reuseBuild && existsSync(join(ourDir, 'app.json'))
  if (!reused) {
    const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
    if (build.status !== 0) throw new Error('weapp build failed')
  }
  const helloDir = buildHelloWorld(options.reuseBuild)
  return {
    ours: { main: measureWeapp(ourDir).main, plateFirstRender: firstRenderBytes(ourDir, 'pages/plate/index') },
    hello: { main: measureWeapp(helloDir).main, plateFirstRender: firstRenderBytes(helloDir, 'pages/index/index') },
    reused,
  }
}
