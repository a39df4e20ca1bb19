import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import vm from 'node:vm'

/**
 * The weapp build's scripts run as WeChat's JS engine runs them: each file a module of its own with a
 * `require` relative to it, and only the globals the platform gives (wx, Page, Component, App, getApp).
 * No DOM, no Node. Enough to tell whether a package starts with the files it has, and what a page's
 * first setData draws; not a renderer.
 */
const ROOT = join(__dirname, '..', '..')
export const WEAPP_DIR = join(ROOT, 'dist', 'weapp')

function newestChange(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs)
}

/** Builds dist/weapp unless it is newer than every source, style and config file it is built from. */
export function buildWeappIfStale(): void {
  const built = join(WEAPP_DIR, 'app.json')
  const sources = ['src', 'types', 'config'].map((dir) => newestChange(join(ROOT, dir)))
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources)) return
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`weapp build failed:\n${String(result.stderr)}`)
}

export interface WxCall {
  api: string
  args: unknown[]
}

export interface Sandbox {
  /** Loads a page or component as WeChat does: the components its .json uses, then its script (paths from dist/weapp, no extension). */
  load(file: string): void
  /** Every script that ran, in order. */
  files: string[]
  /** The options a script passed to Page(), by the script's path. */
  pages: Map<string, Record<string, unknown>>
  components: string[]
  /** The wx APIs called, in order, with their arguments. */
  calls: WxCall[]
  /** Opens a page as WeChat does (onLoad with the query, onShow, onReady) and answers what its setData calls held. */
  open(page: string, query: Record<string, string>): Promise<unknown[]>
}

/**
 * A fresh JS context per sandbox, as for a cold start. `wx` answers every API: the ones a page needs
 * to start with plain values (a 390-wide phone, empty storage), any other with a function that records
 * its call and returns nothing. Cloud calls never answer, so a page stays in its loading state.
 */
export function weappSandbox(dir = WEAPP_DIR): Sandbox {
  const calls: WxCall[] = []
  const pages = new Map<string, Record<string, unknown>>()
  const components: string[] = []
  const record =
    (api: string, answer?: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      calls.push({ api, args })
      return answer?.(...args)
    }
  const apis: Record<string | symbol, unknown> = {
    getSystemInfoSync: record('getSystemInfoSync', () => ({ windowWidth: 390, windowHeight: 844, pixelRatio: 3, platform: 'ios', SDKVersion: '3.7.0' })),
    getWindowInfo: record('getWindowInfo', () => ({ windowWidth: 390, windowHeight: 844, pixelRatio: 3 })),
    getStorageSync: record('getStorageSync', () => ''),
    // Taro offers only the APIs wx has (`in`), and the app checks for this one before listening.
    onNeedPrivacyAuthorization: record('onNeedPrivacyAuthorization'),
    cloud: {
      DYNAMIC_CURRENT_ENV: 'current-env',
      init: record('cloud.init'),
      callFunction: record('cloud.callFunction', () => new Promise(() => undefined)),
    },
  }
  // Webpack keeps its chunk lists on wx (wx.webpackJsonp, wx['subpackage_…']): those read as unset until written.
  const wx = new Proxy(apis, {
    get: (target, key) => (key in target || typeof key !== 'string' || /webpackJsonp|^subpackage_/.test(key) ? target[key] : record(key)),
  })
  let loading = ''
  const context = vm.createContext({
    wx,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Page: (options: Record<string, unknown>) => pages.set(loading, options),
    Component: () => components.push(loading),
    App: () => undefined,
    getApp: () => undefined,
    getCurrentPages: () => [],
  })
  const files: string[] = []
  const run = (name: string): void => {
    if (files.includes(name)) return
    files.push(name)
    const code = readFileSync(join(dir, `${name}.js`), 'utf8')
    const script = vm.runInContext(`(function (require, module, exports) {${code}\n})`, context, { filename: `${name}.js` }) as (
      require: (path: string) => void,
      module: { exports: unknown },
      exports: unknown,
    ) => void
    const outer = loading
    loading = name
    const exports = {}
    script((path) => run(posix.join(dirname(name), path).replace(/\.js$/, '')), { exports }, exports)
    loading = outer
  }
  const visited = new Set<string>()
  const load = (name: string): void => {
    // A component may use itself (Taro's comp does, to render any depth).
    if (visited.has(name)) return
    visited.add(name)
    const config = join(dir, `${name}.json`)
    const { usingComponents = {} } = existsSync(config) ? (JSON.parse(readFileSync(config, 'utf8')) as { usingComponents?: Record<string, string> }) : {}
    for (const used of Object.values(usingComponents)) {
      const path = used.startsWith('/') ? used.slice(1) : posix.join(dirname(name), used)
      load(path)
    }
    run(name)
  }
  const open = async (page: string, query: Record<string, string>) => {
    const options = pages.get(page)
    if (!options) throw new Error(`${page} registered no Page()`)
    const drawn: unknown[] = []
    const instance: Record<string, unknown> = {
      ...options,
      route: page,
      data: {},
      setData: (data: unknown, done?: () => void) => {
        drawn.push(data)
        done?.()
      },
    }
    const lifecycle = (name: string, ...args: unknown[]) => (instance[name] as ((...a: unknown[]) => void) | undefined)?.call(instance, ...args)
    lifecycle('onLoad', query)
    lifecycle('onShow')
    lifecycle('onReady')
    // React renders on a timer of its own: wait for the first setData (or give up after 5 s).
    for (let waited = 0; drawn.length === 0 && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20))
    return drawn
  }
  return { load, files, pages, components, calls, open }
}
