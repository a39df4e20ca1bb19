import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { hashSources } from '../config/source-stamp'

export const ROOT = join(__dirname, '..')
const SOURCES = join(ROOT, 'cloudfunctions')
const SDK = 'wx-server-sdk'

/** The cloud functions in the repo: every folder of cloudfunctions/ with an index.ts, except _shared. */
export function functionNames(): string[] {
  return readdirSync(SOURCES)
    .filter((name) => !name.startsWith('_') && existsSync(join(SOURCES, name, 'index.ts')))
    .sort()
}

/**
 * Bundles each function with its shared code and types/ into one deployable folder:
 * `<outDir>/<name>/index.js`, `package.json` (wx-server-sdk pinned, installed in the cloud) and
 * `config.json` (openapi permissions, timer triggers). The WeChat cloud runs Node 16 or newer.
 */
export async function bundleFunctions(outDir: string, names = functionNames()): Promise<string[]> {
  const sdkVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies[SDK]
  mkdirSync(outDir, { recursive: true })
  await Promise.all(
    names.map(async (name) => {
      const dir = join(outDir, name)
      mkdirSync(dir, { recursive: true })
      await build({
        entryPoints: [join(SOURCES, name, 'index.ts')],
        outfile: join(dir, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16',
        format: 'cjs',
        external: [SDK],
        legalComments: 'none',
        logLevel: 'error',
      })
      const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { [SDK]: sdkVersion } }
      writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
      const config = join(SOURCES, name, 'config.json')
      writeFileSync(join(dir, 'config.json'), existsSync(config) ? readFileSync(config) : '{"permissions":{"openapi":[]}}\n')
    }),
  )
  return names
}

/** A hash of everything a bundle is made from (its TypeScript and JSON), so the local cloud rebuilds only when sources change. */
export const sourceHash = (dirs: string[]): string => hashSources(ROOT, dirs, /\.(ts|tsx|json)$/)

/**
 * Bundles the functions for the local cloud into `.cache/functions/<hash>/`, reusing an earlier
 * bundle of the same sources. The folder sits inside the repo so that `require('wx-server-sdk')`
 * from a bundle finds the installed SDK, exactly as a deployed function finds its own.
 */
export async function bundleForLocalCloud(): Promise<string> {
  const hash = sourceHash(['cloudfunctions', 'types', 'local/functions'])
  const target = join(ROOT, '.cache', 'functions', hash)
  if (existsSync(join(target, 'ready'))) return target
  const staging = `${target}.${process.pid}.${Date.now()}`
  await bundleFunctions(staging)
  await build({
    entryPoints: [join(ROOT, 'local', 'functions', 'worker.ts')],
    outfile: join(staging, '_worker.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  })
  writeFileSync(join(staging, 'ready'), hash)
  try {
    renameSync(staging, target)
  } catch {
    // Another process finished the same bundle first; theirs is identical.
    rmSync(staging, { recursive: true, force: true })
  }
  return target
}
