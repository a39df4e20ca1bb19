import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { h5SourceHash, SOURCE_STAMP } from '../config/source-stamp'
import { withBuildLock } from './build-lock'
import { ROOT } from './bundle-functions'

export const H5_DIR = join(ROOT, 'dist', 'h5')

/** Whether dist/h5 was built (by anyone: `npm run build:h5` too) from exactly the current sources, styles and images included. */
export function h5BuildIsFresh(): boolean {
  const stamp = join(H5_DIR, SOURCE_STAMP)
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === h5SourceHash(ROOT)
}

/** Builds the H5 app unless dist/h5 was built from exactly the current sources. Returns whether it built. */
export function buildH5IfStale(log: (line: string) => void = console.log): boolean {
  return withBuildLock(H5_DIR, () => buildUnlessFresh(log))
}

function buildUnlessFresh(log: (line: string) => void): boolean {
  if (h5BuildIsFresh()) return false
  log('正在构建 H5 应用（首次约 20–40 秒）……')
  const taro = join(ROOT, 'node_modules', '.bin', 'taro')
  // Always a production build: under jest NODE_ENV is 'test', which would bring in React Refresh.
  // The build stamps itself (config/source-stamp.ts), as `npm run build:h5` does.
  const result = spawnSync(taro, ['build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) {
    // Webpack's progress bars are noise when it works and the story when it fails.
    process.stderr.write(result.stdout)
    process.stderr.write(result.stderr)
    throw new Error(`H5 build failed with exit code ${result.status}`)
  }
  if (!h5BuildIsFresh()) log('（构建期间有源文件改动，下次会重新构建）')
  return true
}
