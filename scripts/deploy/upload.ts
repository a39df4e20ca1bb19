import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { DeployConfig } from './config'
import type { IndexFile } from './checks'
import type { Plan } from './plan'
import type { WxApi } from './wxapi'

/**
 * The steps that need the network: only a real run (not --dry-run) reaches this module's work.
 *
 * miniprogram-ci (pinned in scripts/deploy/tools/package.json and its lock) is installed on first use
 * into .cache/deploy-tools/ rather than being a project dependency: it brings ~700 packages (276 MB),
 * which every `npm ci` (and CI) would otherwise pay for without using.
 */

const TOOLS = join(__dirname, 'tools')

/** The subset of miniprogram-ci 2.1.42's API used here (its own typings live in the tools folder). */
interface MiniprogramCi {
  Project: new (options: { appid: string; type: 'miniProgram'; projectPath: string; privateKeyPath: string; ignores?: string[] }) => unknown
  upload(options: { project: unknown; version: string; desc?: string; robot?: number; setting?: Record<string, boolean>; onProgressUpdate?: (task: unknown) => void }): Promise<{ subPackageInfo?: { name: string; size: number }[] }>
  cloud: {
    uploadFunction(options: { project: unknown; env: string; name: string; path: string; remoteNpmInstall: boolean }): Promise<{ filesCount: number; packSize: number }>
    createTimeTrigger(options: { project: unknown; envId: string; functionName: string; triggersConfig: { name: string; type: string; config: string }[] }): Promise<string>
  }
}

export function loadMiniprogramCi(root: string, log: (line: string) => void): MiniprogramCi {
  const dir = join(root, '.cache', 'deploy-tools')
  const wanted = readFileSync(join(TOOLS, 'package-lock.json'), 'utf8')
  const installed = existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json'), 'utf8') : ''
  if (wanted !== installed || !existsSync(join(dir, 'node_modules', 'miniprogram-ci'))) {
    log('安装 miniprogram-ci（首次部署需要，约 2 分钟）…')
    mkdirSync(dir, { recursive: true })
    copyFileSync(join(TOOLS, 'package.json'), join(dir, 'package.json'))
    copyFileSync(join(TOOLS, 'package-lock.json'), join(dir, 'package-lock.json'))
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--omit=dev'], { cwd: dir, stdio: 'inherit' })
    if (result.status !== 0) throw new Error('安装 miniprogram-ci 失败：检查网络和 npm 源后重试')
  }
  return createRequire(join(dir, 'package.json'))('miniprogram-ci') as MiniprogramCi
}

export interface RealRunInput {
  root: string
  config: Required<Pick<DeployConfig, 'appid' | 'envId' | 'privateKeyPath'>> & DeployConfig
  plan: Plan
  indexes: IndexFile
  api: WxApi
  log: (line: string) => void
}

/** Functions, triggers, collections and indexes, then the mini-program: the order the app needs them in. */
export async function deploy(input: RealRunInput): Promise<void> {
  const { root, config, plan, log } = input
  const ci = loadMiniprogramCi(root, log)
  const project = new ci.Project({
    appid: config.appid,
    type: 'miniProgram',
    projectPath: root,
    privateKeyPath: config.privateKeyPath,
    ignores: ['node_modules/**/*', '.cache/**/*', '.data/**/*'],
  })

  for (const fn of plan.functions) {
    log(`上传云函数 ${fn.name}（云端安装依赖）…`)
    const result = await ci.cloud.uploadFunction({ project, env: config.envId, name: fn.name, path: join(root, 'dist', 'cloudfunctions', fn.name), remoteNpmInstall: true })
    log(`  ${fn.name}：${result.filesCount} 个文件，${(result.packSize / 1024).toFixed(1)} KB`)
    if (fn.triggers.length) {
      log(`  ${fn.name}：${await ci.cloud.createTimeTrigger({ project, envId: config.envId, functionName: fn.name, triggersConfig: fn.triggers })}`)
    }
  }

  await ensureDatabase(input.api, input.indexes, log)

  log(`上传小程序版本 ${plan.version}：${plan.description}`)
  const uploaded = await ci.upload({
    project,
    version: plan.version,
    desc: plan.description,
    robot: config.robot,
    // Taro has already compiled and minified dist/weapp; the upload only packs it.
    setting: { es6: false, es7: false, minify: false, autoPrefixWXSS: false },
  })
  for (const p of uploaded.subPackageInfo ?? []) log(`  ${p.name}：${(p.size / 1024).toFixed(1)} KB`)
  log('小程序已上传为开发版本：到微信公众平台“管理 → 版本管理”设为体验版或提交审核。')
}

/** Creates every declared collection that is missing, then each declared index (existing ones are kept). */
export async function ensureDatabase(api: WxApi, indexes: IndexFile, log: (line: string) => void): Promise<{ created: string[]; indexes: number }> {
  const existing = new Set(await api.collections())
  const created: string[] = []
  let made = 0
  for (const [name, list] of Object.entries(indexes)) {
    if (!existing.has(name)) {
      await api.addCollection(name)
      created.push(name)
      log(`新建集合 ${name}`)
    }
    for (const index of list) {
      if ((await api.createIndex(name, index)) === 'created') {
        made++
        log(`  新建索引 ${name}.${index.name}${index.unique ? '（唯一）' : ''}`)
      }
    }
  }
  log(`数据库：新建集合 ${created.length} 个，新建索引 ${made} 个，其余已存在。`)
  return { created, indexes: made }
}
