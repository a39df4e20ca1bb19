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
export interface MiniprogramCi {
  Project: new (options: { appid: string; type: 'miniProgram'; projectPath: string; privateKeyPath: string; ignores?: string[] }) => unknown
  upload(options: { project: unknown; version: string; desc?: string; robot?: number; setting?: Record<string, boolean>; onProgressUpdate?: (task: unknown) => void }): Promise<{ subPackageInfo?: { name: string; size: number }[] }>
  cloud: {
    uploadFunction(options: { project: unknown; env: string; name: string; path: string; remoteNpmInstall: boolean }): Promise<{ filesCount: number; packSize: number }>
    createTimeTrigger(options: { project: unknown; envId: string; functionName: string; triggersConfig: { name: string; type: string; config: string }[] }): Promise<string>
  }
}

const toolsDir = (root: string) => join(root, '.cache', 'deploy-tools')

export function loadMiniprogramCi(root: string, log: (line: string) => void): MiniprogramCi {
  const dir = toolsDir(root)
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
  /** Stand-ins for tests; by default the pinned miniprogram-ci and its internal cloud API. */
  ci?: MiniprogramCi
  configure?: (project: unknown, name: string, settings: FunctionSettings) => Promise<void>
}

export interface FunctionSettings {
  runtime: string
  timeout?: number
  variables: Record<string, string>
}

/** Functions, triggers, collections and indexes, then the mini-program: the order the app needs them in. */
export async function deploy(input: RealRunInput): Promise<void> {
  const { root, config, plan, log } = input
  const ci = input.ci ?? loadMiniprogramCi(root, log)
  const configure = input.configure ?? ((project: unknown, name: string, settings: FunctionSettings) => configureFunction(root, project, config.appid, config.envId, name, settings))
  const project = new ci.Project({
    appid: config.appid,
    type: 'miniProgram',
    projectPath: root,
    privateKeyPath: config.privateKeyPath,
    ignores: ['node_modules/**/*', '.cache/**/*', '.data/**/*'],
  })

  const manual: string[] = []
  for (const fn of plan.functions) {
    log(`上传云函数 ${fn.name}（云端安装依赖）…`)
    const result = await ci.cloud.uploadFunction({ project, env: config.envId, name: fn.name, path: join(root, 'dist', 'cloudfunctions', fn.name), remoteNpmInstall: true })
    log(`  ${fn.name}：${result.filesCount} 个文件，${(result.packSize / 1024).toFixed(1)} KB`)
    if (fn.triggers.length) {
      log(`  ${fn.name}：${await ci.cloud.createTimeTrigger({ project, envId: config.envId, functionName: fn.name, triggersConfig: fn.triggers })}`)
    }
    const settings: FunctionSettings = { runtime: plan.runtime, timeout: fn.timeout, variables: plan.functionEnv }
    try {
      await configure(project, fn.name, settings)
      log(`  ${fn.name}：运行时 ${settings.runtime}${fn.timeout ? `，超时 ${fn.timeout} 秒` : ''}，环境变量 ${Object.keys(settings.variables).length} 个`)
    } catch (error) {
      manual.push(`${fn.name}：运行时 ${settings.runtime}${fn.timeout ? `，超时 ${fn.timeout} 秒` : ''}，环境变量 ${Object.entries(settings.variables).map(([k, v]) => `${k}=${v}`).join(' ') || '无'}`)
      log(`  ! ${fn.name} 的运行时、超时和环境变量未能自动设置（${(error as Error).message}），稍后需在控制台手动设置`)
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
  if (manual.length) {
    log('')
    log('请在“云开发控制台 → 云函数 → 版本与配置”中手动设置：')
    for (const line of manual) log(`  - ${line}`)
  }
}

/**
 * Runtime, timeout (from config.json) and environment variables (template ids) of an uploaded
 * function. miniprogram-ci's public API cannot set them, and the functions it creates get its own
 * defaults (a 3 s timeout, an old Node runtime, no variables); its internal cloud API can, through
 * the same signed channel as the upload. That API is internal to miniprogram-ci 2.1.42 (pinned by
 * the lock in scripts/deploy/tools): when it fails, the deploy prints what to set by hand.
 */
async function configureFunction(
  root: string,
  project: unknown,
  appid: string,
  envId: string,
  name: string,
  settings: FunctionSettings,
): Promise<void> {
  const load = createRequire(join(toolsDir(root), 'package.json'))
  const cloudAPI = load('miniprogram-ci/dist/common/cloud-api/index') as any
  const channel = load('miniprogram-ci/dist/ci/cloud/cloudapi') as any
  const extAppid = await (project as { getExtAppid(): Promise<string | void> }).getExtAppid()
  channel.initCloudAPI(extAppid || appid)
  const topts = { request: channel.boundTransactRequest(project), transactType: cloudAPI.TransactType.IDE }
  const { envList } = (await cloudAPI.tcbGetEnvironments({}, topts)) as { envList: { envId: string; functions?: { region: string }[] }[] }
  const region = envList.find((e) => e.envId === envId)?.functions?.[0]?.region
  if (!region) throw new Error(`找不到云环境 ${envId} 的云函数地域`)
  await cloudAPI.scfUpdateFunctionInfo(
    {
      namespace: envId,
      region,
      functionName: name,
      runtime: settings.runtime,
      timeout: settings.timeout,
      environment: { variables: Object.entries(settings.variables).map(([key, value]) => ({ key, value })) },
    },
    topts,
  )
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
