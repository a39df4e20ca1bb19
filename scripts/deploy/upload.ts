import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { DeployConfig } from './config'
import type { IndexFile } from './checks'
import { type CloudAdmin, createCloudAdmin, type ManagerNode } from './cloudbase'
import { deployFunctions, type FunctionUploader } from './functions'
import type { Plan } from './plan'
import { applyCollectionRules } from './rules'
import type { WxApi } from './wxapi'

/**
 * The steps that need the network: only a real run (not --dry-run) reaches this module's work.
 *
 * The deploy tools (miniprogram-ci and @cloudbase/manager-node, pinned in scripts/deploy/tools/
 * package.json and its lock) are installed on first use into .cache/deploy-tools/ rather than being
 * project dependencies: miniprogram-ci alone brings ~700 packages (276 MB), which every `npm ci`
 * (and CI) would otherwise pay for without using.
 */

const TOOLS = join(__dirname, 'tools')

/** The subset of miniprogram-ci 2.1.42's API used here (its own typings live in the tools folder). */
export interface MiniprogramCi {
  Project: new (options: { appid: string; type: 'miniProgram'; projectPath: string; privateKeyPath: string; ignores?: string[] }) => unknown
  upload(options: {
    project: unknown
    version: string
    desc?: string
    robot?: number
    setting?: Record<string, boolean>
    onProgressUpdate?: (task: unknown) => void
  }): Promise<{ subPackageInfo?: { name: string; size: number }[] }>
  cloud: FunctionUploader
}

const toolsDir = (root: string) => join(root, '.cache', 'deploy-tools')

/** Installs the pinned tools when the lock changed or they are missing; answers a require() inside them. */
export function deployTools(root: string, log: (line: string) => void): NodeRequire {
  const dir = toolsDir(root)
  const wanted = readFileSync(join(TOOLS, 'package-lock.json'), 'utf8')
  const installed = existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json'), 'utf8') : ''
  if (
    wanted !== installed ||
    !existsSync(join(dir, 'node_modules', 'miniprogram-ci')) ||
    !existsSync(join(dir, 'node_modules', '@cloudbase', 'manager-node'))
  ) {
    log('安装部署工具 miniprogram-ci 和 @cloudbase/manager-node（首次部署需要，约 2 分钟）…')
    mkdirSync(dir, { recursive: true })
    copyFileSync(join(TOOLS, 'package.json'), join(dir, 'package.json'))
    copyFileSync(join(TOOLS, 'package-lock.json'), join(dir, 'package-lock.json'))
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--omit=dev'], { cwd: dir, stdio: 'inherit' })
    if (result.status !== 0) throw new Error('安装部署工具失败：检查网络和 npm 源后重试')
  }
  return createRequire(join(dir, 'package.json'))
}

/** @cloudbase/manager-node signed with the Tencent Cloud API key, bound to the environment. */
export function loadCloudAdmin(load: NodeRequire, config: Pick<DeployConfig, 'tencentCloud' | 'region'> & { envId: string; appid: string }): CloudAdmin {
  if (!config.tencentCloud) throw new Error('缺少腾讯云 API 密钥（TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY）')
  const CloudBase = load('@cloudbase/manager-node') as { init(options: Record<string, unknown>): ManagerNode }
  const manager = CloudBase.init({ ...config.tencentCloud, envId: config.envId, ...(config.region ? { region: config.region } : {}) })
  return createCloudAdmin(manager, { envId: config.envId, appid: config.appid })
}

export interface RealRunInput {
  root: string
  config: Required<Pick<DeployConfig, 'appid' | 'envId' | 'privateKeyPath'>> & DeployConfig
  plan: Plan
  indexes: IndexFile
  api: WxApi
  log: (line: string) => void
  /** Stand-ins for tests; by default the pinned tools from .cache/deploy-tools. */
  ci?: MiniprogramCi
  admin?: CloudAdmin
}

/**
 * Functions, then the database (collections, indexes, rules), then the mini-program: the order the
 * app needs them in. Any step that cannot be verified stops the run before the mini-program is
 * uploaded, so a version never goes out against a backend that is not what the plan said.
 */
export async function deploy(input: RealRunInput): Promise<void> {
  const { root, config, plan, log } = input
  const load = input.ci && input.admin ? undefined : deployTools(root, log)
  const ci = input.ci ?? (load!('miniprogram-ci') as MiniprogramCi)
  const admin = input.admin ?? loadCloudAdmin(load!, config)
  const project = new ci.Project({
    appid: config.appid,
    type: 'miniProgram',
    projectPath: root,
    privateKeyPath: config.privateKeyPath,
    ignores: ['node_modules/**/*', '.cache/**/*', '.data/**/*'],
  })

  await deployFunctions({ root, envId: config.envId, project, plan, admin, uploader: ci.cloud, log })

  const { collections } = await ensureDatabase(input.api, input.indexes, log)
  await applyCollectionRules(admin, collections, log)

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
export async function ensureDatabase(
  api: WxApi,
  indexes: IndexFile,
  log: (line: string) => void,
): Promise<{ created: string[]; indexes: number; collections: string[] }> {
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
  return { created, indexes: made, collections: [...new Set([...existing, ...Object.keys(indexes)])].sort() }
}
