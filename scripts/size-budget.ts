import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './bundle-functions'

/**
 * `npm run size`: the weapp build's package sizes against WeChat's limits and our own budget.
 * Run after `npm run build:weapp`. Exits non-zero when a limit is broken.
 */
// Our own budget for the main package, a few KB above what it weighs now (335.9 KB, Nov 2026; a Taro
// hello world built with our config, runtime and templates, is 270.4 KB): what the tab pages add must earn its place.
export const MAIN_PACKAGE_BUDGET = 340 * 1024
export const PACKAGE_LIMIT = 2 * 1024 * 1024
export const TOTAL_LIMIT = 30 * 1024 * 1024

export function dirSize(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((sum, entry) => sum + dirSize(join(path, entry)), 0)
}

export interface PackageSizes {
  main: number
  subpackages: Record<string, number>
  total: number
}

export function measureWeapp(dir = join(ROOT, 'dist', 'weapp')): PackageSizes {
  if (!existsSync(join(dir, 'app.json'))) throw new Error(`no weapp build in ${dir}: run npm run build:weapp first`)
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] }
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const subpackages = Object.fromEntries(roots.map((root) => [root, existsSync(join(dir, root)) ? dirSize(join(dir, root)) : 0]))
  const total = dirSize(dir)
  const main = total - Object.values(subpackages).reduce((a, b) => a + b, 0)
  return { main, subpackages, total }
}

export interface TabBarCost {
  /** custom-tab-bar/: the native component's script, template, styles and config. */
  component: number
  /** assets/tab/: the icons the custom bar draws. */
  icons: number
}

/** What the custom tab bar adds to the main package; zero for a build without one. */
export function measureTabBar(dir = join(ROOT, 'dist', 'weapp')): TabBarCost {
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { tabBar?: { custom?: boolean } }
  if (!app.tabBar?.custom) return { component: 0, icons: 0 }
  const size = (folder: string) => (existsSync(join(dir, folder)) ? dirSize(join(dir, folder)) : 0)
  return { component: size('custom-tab-bar'), icons: size(join('assets', 'tab')) }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

if (require.main === module) {
  const sizes = measureWeapp()
  const problems: string[] = []
  console.log(`主包 ${kb(sizes.main)}（预算 ${kb(MAIN_PACKAGE_BUDGET)}，上限 2 MB）`)
  if (sizes.main > MAIN_PACKAGE_BUDGET) problems.push(`主包超出预算 ${kb(sizes.main - MAIN_PACKAGE_BUDGET)}`)
  const tabBar = measureTabBar()
  if (tabBar.component) {
    console.log(`  其中自定义 tabBar ${kb(tabBar.component + tabBar.icons)}：组件 ${tabBar.component} 字节，图标 ${tabBar.icons} 字节`)
  }
  for (const [root, size] of Object.entries(sizes.subpackages)) {
    console.log(`分包 ${root} ${kb(size)}（上限 2 MB）`)
    if (size > PACKAGE_LIMIT) problems.push(`分包 ${root} 超过 2 MB`)
  }
  console.log(`合计 ${kb(sizes.total)}（上限 30 MB）`)
  if (sizes.total > TOTAL_LIMIT) problems.push('总包超过 30 MB')
  if (problems.length) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
}
