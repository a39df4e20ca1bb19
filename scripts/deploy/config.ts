import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { CONTACT_PHONE_PATTERN } from '../../types/contact-phone'

/**
 * The deploy configuration: a JSON file (deploy.config.json by default, DEPLOY_CONFIG names another)
 * and environment variables, which win over the file. Nothing secret lives in the file: the upload
 * key is a path, and the AppSecret that the database step needs comes only from the environment.
 */

/** Subscribe-message templates the functions send; each is applied for in the WeChat admin console. */
export const TEMPLATE_KEYS = ['reminder', 'cancelled', 'requestAnswered', 'reportStatus', 'mediationStatus', 'messageReply'] as const
export type TemplateKey = (typeof TEMPLATE_KEYS)[number]

export const TEMPLATE_PURPOSE: Record<TemplateKey, string> = {
  reminder: '流动警务室预约提醒（开始前发送）',
  cancelled: '场次变更或取消通知（警方改时间、换地点或取消场次时发送）',
  requestAnswered: '上门申请处理结果（安排或婉拒“相约”申请时发送）',
  reportStatus: '线索举报处理进度通知',
  mediationStatus: '矛盾纠纷调解进度通知',
  messageReply: '留言回复通知（民警回复居民留言时发送）',
}

/** The environment variable each function reads its template id from (cloudfunctions/visits, community, messages). */
export const TEMPLATE_ENV: Record<TemplateKey, string> = {
  reminder: 'JMT_TEMPLATE_VISIT_REMINDER',
  cancelled: 'JMT_TEMPLATE_VISIT_CANCELLED',
  requestAnswered: 'JMT_TEMPLATE_REQUEST_ANSWERED',
  reportStatus: 'JMT_TEMPLATE_REPORT_STATUS',
  mediationStatus: 'JMT_TEMPLATE_MEDIATION_STATUS',
  messageReply: 'JMT_TEMPLATE_MESSAGE_REPLY',
}

/**
 * Runtimes the bundles can run on: they target Node 16 (scripts/bundle-functions.ts: `?.`, `??`,
 * `node:` imports; wx-server-sdk 4 needs Node ≥ 12). A runtime is fixed when a function is created
 * (Tencent's UpdateFunctionConfiguration cannot change it), so the deploy creates each function with
 * one of these and refuses to go on with a function that has any other.
 */
export const SUPPORTED_RUNTIMES = ['Nodejs16.13', 'Nodejs18.15'] as const
export const DEFAULT_RUNTIME = 'Nodejs16.13'
export const isSupportedRuntime = (runtime: string | undefined): boolean => (SUPPORTED_RUNTIMES as readonly string[]).includes(runtime ?? '')

/** The timeout (seconds) a function gets when its config.json names none; miniprogram-ci's default of 3 s is too short. */
export const DEFAULT_TIMEOUT = 20

export interface DeployConfig {
  appid?: string
  envId?: string
  privateKeyPath?: string
  templates: Partial<Record<TemplateKey, string>>
  firstAdminOpenid?: string
  /** miniprogram-ci robot number 1–30: which "CI 机器人" the version is uploaded as. */
  robot: number
  /** Extra environment variables of every function (e.g. JMT_REMIND_BEFORE_MINUTES), besides the template ids. */
  functionEnv: Record<string, string>
  /** The runtime each function is created with (it cannot be changed afterwards). */
  functionRuntime: string
  /** Only from the environment (WX_APP_SECRET): the database step and --setup call WeChat's HTTP API with it. */
  appSecret?: string
  /**
   * Only from the environment (TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY, and TENCENTCLOUD_SESSIONTOKEN
   * for a temporary key): a Tencent Cloud API key of the account the WeChat cloud environment belongs
   * to. @cloudbase/manager-node creates functions with their runtime and sets the collections' rules with it.
   */
  tencentCloud?: { secretId: string; secretKey: string; token?: string }
  /** The environment's region for @cloudbase/manager-node (its default, ap-shanghai, when not given). */
  region?: string
  /**
   * The district's public police number (e.g. 分局值班电话), built into the mini-program: a plate that
   * cannot say who the officer is (unknown code, no network) offers it.
   */
  district?: { phone?: string; phoneName?: string }
}

export interface CliOptions {
  env?: string
  dryRun: boolean
  setup: boolean
  demo: boolean
  config?: string
  skipBuild: boolean
  help: boolean
}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { dryRun: false, setup: false, demo: false, skipBuild: false, help: false }
  // One iterator for the loop and for the values it takes: `--env prod` consumes `prod` too.
  const args = argv[Symbol.iterator]()
  for (const arg of args) {
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => {
      const v = inline ?? args.next().value
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} 需要一个值`)
      return v
    }
    switch (flag) {
      case '--env':
        options.env = value()
        break
      case '--config':
        options.config = value()
        break
      case '--dry-run':
        options.dryRun = true
        break
      case '--setup':
        options.setup = true
        break
      case '--demo':
        options.demo = true
        break
      case '--skip-build':
        options.skipBuild = true
        break
      case '--help':
      case '-h':
        options.help = true
        break
      default:
        throw new Error(`不认识的参数 ${arg}（npm run deploy -- --help 查看用法）`)
    }
  }
  return options
}

type Env = Record<string, string | undefined>

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

const envTemplateName = (key: TemplateKey) => `DEPLOY_TEMPLATE_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`

/** Where each value can be given, for the messages that explain a missing one. */
export const SOURCES = {
  appid: '配置文件的 "appid" 或环境变量 DEPLOY_APPID',
  envId: '--env <云环境 ID>、环境变量 DEPLOY_ENV 或配置文件的 "envId"',
  privateKeyPath: '配置文件的 "privateKeyPath" 或环境变量 DEPLOY_PRIVATE_KEY_PATH',
  firstAdminOpenid: '配置文件的 "firstAdminOpenid" 或环境变量 DEPLOY_ADMIN_OPENID',
  appSecret: '环境变量 WX_APP_SECRET（不要写进配置文件）',
  tencentCloud: '环境变量 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（不要写进配置文件）',
  district: '配置文件的 "district.phone" 和 "district.phoneName"，或环境变量 DEPLOY_DISTRICT_PHONE 和 DEPLOY_DISTRICT_PHONE_NAME',
  template: (key: TemplateKey) => `配置文件的 "templates.${key}" 或环境变量 ${envTemplateName(key)}`,
}

function tencentCloudKey(env: Env): DeployConfig['tencentCloud'] {
  const secretId = nonEmpty(env.TENCENTCLOUD_SECRETID)
  const secretKey = nonEmpty(env.TENCENTCLOUD_SECRETKEY)
  if (!secretId || !secretKey) return undefined
  const token = nonEmpty(env.TENCENTCLOUD_SESSIONTOKEN)
  return { secretId, secretKey, ...(token ? { token } : {}) }
}

/** Merges the file (already parsed) with the environment and the command line. Pure. */
export function resolveConfig(file: Record<string, unknown>, env: Env, cli: Pick<CliOptions, 'env'>): DeployConfig {
  const fileTemplates = (file.templates && typeof file.templates === 'object' ? file.templates : {}) as Record<string, unknown>
  const templates: Partial<Record<TemplateKey, string>> = {}
  for (const key of TEMPLATE_KEYS) {
    const value = nonEmpty(env[envTemplateName(key)]) ?? nonEmpty(fileTemplates[key])
    if (value) templates[key] = value
  }
  const robot = Number(env.DEPLOY_ROBOT ?? file.robot ?? 1)
  return {
    appid: nonEmpty(env.DEPLOY_APPID) ?? nonEmpty(file.appid),
    envId: nonEmpty(cli.env) ?? nonEmpty(env.DEPLOY_ENV) ?? nonEmpty(file.envId),
    privateKeyPath: nonEmpty(env.DEPLOY_PRIVATE_KEY_PATH) ?? nonEmpty(file.privateKeyPath),
    templates,
    firstAdminOpenid: nonEmpty(env.DEPLOY_ADMIN_OPENID) ?? nonEmpty(file.firstAdminOpenid),
    robot,
    functionEnv: Object.fromEntries(
      Object.entries(file.functionEnv && typeof file.functionEnv === 'object' ? (file.functionEnv as Record<string, unknown>) : {}).map(([k, v]) => [
        k,
        String(v),
      ]),
    ),
    functionRuntime: nonEmpty(file.functionRuntime) ?? DEFAULT_RUNTIME,
    appSecret: nonEmpty(env.WX_APP_SECRET),
    tencentCloud: tencentCloudKey(env),
    region: nonEmpty(env.DEPLOY_REGION) ?? nonEmpty(file.region),
    district: districtOf(file.district, env),
  }
}

function districtOf(fromFile: unknown, env: Env): DeployConfig['district'] {
  const file = (fromFile && typeof fromFile === 'object' ? fromFile : {}) as Record<string, unknown>
  const phone = nonEmpty(env.DEPLOY_DISTRICT_PHONE) ?? nonEmpty(file.phone)
  const phoneName = nonEmpty(env.DEPLOY_DISTRICT_PHONE_NAME) ?? nonEmpty(file.phoneName)
  return phone || phoneName ? { ...(phone ? { phone } : {}), ...(phoneName ? { phoneName } : {}) } : undefined
}

/** What the mini-program build is given of the configuration (config/index.ts reads these). */
export function buildEnv(config: DeployConfig): Record<string, string> {
  return {
    TARO_APP_CLOUD_ENV: config.envId ?? '',
    ...(config.appid ? { TARO_APP_ID: config.appid } : {}),
    ...(config.district?.phone ? { TARO_APP_DISTRICT_PHONE: config.district.phone } : {}),
    ...(config.district?.phoneName ? { TARO_APP_DISTRICT_PHONE_NAME: config.district.phoneName } : {}),
  }
}

export type Severity = 'error' | 'warning'
export interface Finding {
  severity: Severity
  /** Which check or value it is about, e.g. `appid`, `size:main`, `index:plates.area`. */
  subject: string
  message: string
}

export interface ValidationContext {
  dryRun: boolean
  setup: boolean
  /** Whether a path exists (injected so that the check stays pure). */
  fileExists: (path: string) => boolean
}

/** Values copied from deploy.config.example.json that must be replaced before a real deployment. */
export const PLACEHOLDER = /^(wx0{16}|o-example.*|.*EXAMPLE.*|TEMPLATE_ID_.*|0000-.*)$/

/**
 * Every problem with the configuration, each explained: what is missing or malformed, where to give
 * it, and where to find the value on the WeChat side. In a dry run, what only the real upload needs
 * (the key file on disk, the AppSecret, real values in place of the example's) is a warning.
 */
export function validateConfig(config: DeployConfig, ctx: ValidationContext): Finding[] {
  const findings: Finding[] = []
  const needed = (subject: string, message: string) => findings.push({ severity: 'error', subject, message })
  const forReal = (subject: string, message: string) => findings.push({ severity: ctx.dryRun ? 'warning' : 'error', subject, message })

  if (!config.appid) needed('appid', `缺少小程序 AppID：在微信公众平台“开发 → 开发管理 → 开发设置”中查看，填在${SOURCES.appid}。`)
  else if (!/^wx[0-9a-f]{16}$/.test(config.appid)) needed('appid', `AppID “${config.appid}” 格式不对：应为 wx 加 16 位十六进制字符（如 wx1234567890abcdef）。`)
  else if (PLACEHOLDER.test(config.appid)) forReal('appid', `AppID 仍是示例值 ${config.appid}：换成你的小程序 AppID。`)

  if (!config.envId) needed('envId', `缺少云开发环境 ID：在开发者工具“云开发控制台 → 设置 → 环境 ID”中查看，用${SOURCES.envId}给出。`)
  else if (!/^[a-z][a-z0-9-]{2,39}$/i.test(config.envId))
    needed('envId', `云环境 ID “${config.envId}” 格式不对：应为字母开头的字母、数字和连字符（如 prod-1a2b3c）。`)

  if (!config.privateKeyPath) {
    needed(
      'privateKeyPath',
      `缺少代码上传密钥的路径：在微信公众平台“开发 → 开发管理 → 开发设置 → 小程序代码上传”生成并下载密钥（private.<appid>.key），把路径填在${SOURCES.privateKeyPath}。`,
    )
  } else if (!ctx.fileExists(config.privateKeyPath)) {
    forReal('privateKeyPath', `找不到代码上传密钥 ${config.privateKeyPath}：上传前把下载的密钥放到这里（不要提交到仓库）。`)
  }

  for (const key of TEMPLATE_KEYS) {
    const id = config.templates[key]
    if (!id)
      needed(
        `templates.${key}`,
        `缺少订阅消息模板 ID（${TEMPLATE_PURPOSE[key]}）：在微信公众平台“基础功能 → 订阅消息”选用模板后复制模板 ID，填在${SOURCES.template(key)}。`,
      )
    else if (!/^[A-Za-z0-9_-]{10,64}$/.test(id)) needed(`templates.${key}`, `订阅消息模板 ID “${id}” 格式不对：应为 10–64 位字母、数字、下划线或连字符。`)
    else if (PLACEHOLDER.test(id)) forReal(`templates.${key}`, `订阅消息模板 ID（${TEMPLATE_PURPOSE[key]}）仍是示例值。`)
  }

  if (!config.firstAdminOpenid) {
    const message = `缺少第一位管理员的 OPENID：用管理员的微信打开小程序“我的”页查看本人 OPENID（或在云开发控制台的日志中查看），填在${SOURCES.firstAdminOpenid}。`
    if (ctx.setup || ctx.dryRun) needed('firstAdminOpenid', message)
  } else if (!/^[A-Za-z0-9_-]{6,64}$/.test(config.firstAdminOpenid)) {
    needed('firstAdminOpenid', `管理员 OPENID “${config.firstAdminOpenid}” 格式不对：应为 6–64 位字母、数字、下划线或连字符。`)
  } else if (PLACEHOLDER.test(config.firstAdminOpenid)) {
    forReal('firstAdminOpenid', '第一位管理员的 OPENID 仍是示例值。')
  }

  if (!Number.isInteger(config.robot) || config.robot < 1 || config.robot > 30)
    needed('robot', `robot 应为 1–30 的整数（上传所用的 CI 机器人编号），现在是 ${String(config.robot)}。`)

  for (const key of Object.keys(config.functionEnv)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) needed(`functionEnv.${key}`, `云函数环境变量名 “${key}” 不合法：只能用字母、数字和下划线，字母开头。`)
    if (Object.values(TEMPLATE_ENV).includes(key)) needed(`functionEnv.${key}`, `${key} 由 "templates" 生成，不要在 functionEnv 中重复设置。`)
  }
  if (!isSupportedRuntime(config.functionRuntime)) {
    needed(
      'functionRuntime',
      `云函数运行时 “${config.functionRuntime}” 不可用：云函数按 Node 16 打包，只能用 ${SUPPORTED_RUNTIMES.join(' 或 ')}（运行时在新建云函数时确定，之后不能修改）。`,
    )
  }

  if (!config.tencentCloud) {
    forReal(
      'tencentCloud',
      `缺少腾讯云 API 密钥：新建云函数（指定运行时）和设置集合权限由 @cloudbase/manager-node 完成，需要云环境所属腾讯云账号的密钥。在腾讯云控制台用“微信公众号登录”（小程序管理员扫码）后，到“访问管理 → API 密钥管理”新建，用${SOURCES.tencentCloud}给出。`,
    )
  }
  const district = config.district ?? {}
  if (!district.phone || !district.phoneName) {
    needed(
      'district',
      `缺少辖区公安机关的公开电话（如分局值班电话）：扫到不存在的编号、或没有网络时，联系牌页请居民拨打它。把号码和名称填在${SOURCES.district}。`,
    )
  } else if (!CONTACT_PHONE_PATTERN.test(district.phone)) {
    needed('district', `辖区公开电话 “${district.phone}” 格式不对：应为带区号的座机号（如 0931-8123456）或手机号。`)
  } else if (PLACEHOLDER.test(district.phone)) {
    forReal('district', `辖区公开电话仍是示例值 ${district.phone}。`)
  }
  if (config.region !== undefined && !/^[a-z]{2}-[a-z]+(-\d+)?$/.test(config.region)) needed('region', `地域 “${config.region}” 格式不对：应如 ap-shanghai。`)
  if (!config.appSecret)
    forReal(
      'appSecret',
      `缺少小程序 AppSecret：建集合、建索引和 --setup 通过微信云开发 HTTP API 完成，需要它换取 access_token。在“开发 → 开发管理 → 开发设置”中生成，用${SOURCES.appSecret}给出，并把本机出口 IP 加入 IP 白名单。`,
    )
  return findings
}

/** Reads the configuration file named by --config, DEPLOY_CONFIG or deploy.config.json; none is an empty file. */
export function readConfigFile(root: string, cli: Pick<CliOptions, 'config'>, env: Env): { path?: string; data: Record<string, unknown> } {
  const named = cli.config ?? env.DEPLOY_CONFIG
  const path = named ? (isAbsolute(named) ? named : join(root, named)) : join(root, 'deploy.config.json')
  if (!existsSync(path)) {
    if (named) throw new Error(`找不到配置文件 ${path}`)
    return { data: {} }
  }
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`配置文件 ${path} 不是合法的 JSON：${(error as Error).message}`)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`配置文件 ${path} 应为一个 JSON 对象`)
  return { path, data: data as Record<string, unknown> }
}
