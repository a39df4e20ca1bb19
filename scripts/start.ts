import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, sourceHash } from './bundle-functions'

/**
 * `npm start`: builds the H5 app when its sources changed since the last build, then serves the
 * local cloud with demo data. The settings of `npm run serve` apply (PORT, HOST, DATA_DIR, …).
 */
function buildH5IfStale() {
  const stamp = join(ROOT, 'dist', 'h5', '.source-hash')
  const hash = sourceHash(['src', 'config', 'types', 'babel.config.js', 'package-lock.json'])
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    console.log('H5 应用已是最新，跳过构建。')
    return
  }
  console.log('正在构建 H5 应用（首次约 20–40 秒）……')
  const taro = join(ROOT, 'node_modules', '.bin', 'taro')
  const result = spawnSync(taro, ['build', '--type', 'h5'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) {
    console.error('H5 构建失败，请查看上面的错误信息。')
    process.exit(result.status ?? 1)
  }
  writeFileSync(stamp, hash)
}

buildH5IfStale()
process.env.DEMO ??= '1'
require('../local/main')
