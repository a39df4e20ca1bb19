import type { DeployConfig, Finding, TemplateKey } from './config'
import { DEFAULT_TIMEOUT, TEMPLATE_ENV, TEMPLATE_KEYS, TEMPLATE_PURPOSE } from './config'
import { ADMIN_ONLY_RULE_TEXT } from './cloudbase'
import type { FieldUse, IndexFile } from './checks'
import { kb } from './checks'
import type { PackageSizes } from '../size-budget'

/** What one deployment does, in order; printed by every run and carried out by a real one. */

export interface FunctionConfig {
  permissions?: { openapi?: string[] }
  triggers?: { name: string; type: string; config: string }[]
  timeout?: number
}

export interface PlannedFunction {
  name: string
  openapi: string[]
  triggers: { name: string; type: string; config: string }[]
  /** Given when the function is created (it cannot change afterwards), checked after every deployment. */
  runtime: string
  /** Seconds: config.json's `timeout`, or DEFAULT_TIMEOUT. */
  timeout: number
}

export interface Plan {
  appid?: string
  envId?: string
  version: string
  description: string
  functions: PlannedFunction[]
  collections: { name: string; indexes: { name: string; fields: string; unique: boolean }[]; rule: string }[]
  sizes?: PackageSizes
  templates: Partial<Record<TemplateKey, string>>
  /** Every function's environment variables: given at creation, updated on each deployment. */
  functionEnv: Record<string, string>
  indexedFields: FieldUse[]
  setup?: { adminOpenid?: string; demo?: Record<string, number> }
}

export interface PlanInput {
  config: DeployConfig
  packageVersion: string
  /** `git log -1` of HEAD: short hash and subject; `dirty` when the tree has uncommitted changes. */
  git?: { hash: string; subject: string; dirty: boolean }
  functions: Record<string, FunctionConfig>
  indexes: IndexFile
  sizes?: PackageSizes
  indexedFields?: FieldUse[]
  setup?: Plan['setup']
}

/** WeChat shows at most this much of an upload's description. */
export const DESCRIPTION_MAX = 100

export function versionDescription(git: PlanInput['git']): string {
  if (!git) return '警民通（无 git 信息）'
  const text = `${git.hash} ${git.subject}${git.dirty ? '（含未提交的改动）' : ''}`
  return text.length > DESCRIPTION_MAX ? `${text.slice(0, DESCRIPTION_MAX - 1)}…` : text
}

/** Every function's environment variables: the template ids under the names the functions read, and functionEnv. */
export function functionEnvironment(config: Pick<DeployConfig, 'templates' | 'functionEnv'>): Record<string, string> {
  const env: Record<string, string> = { ...config.functionEnv }
  for (const key of TEMPLATE_KEYS) {
    const id = config.templates[key]
    if (id) env[TEMPLATE_ENV[key]] = id
  }
  return env
}

export function buildPlan(input: PlanInput): Plan {
  return {
    appid: input.config.appid,
    envId: input.config.envId,
    version: input.packageVersion,
    description: versionDescription(input.git),
    functions: Object.entries(input.functions)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, c]) => ({
        name,
        openapi: c.permissions?.openapi ?? [],
        triggers: (c.triggers ?? []).filter((t) => t.type === 'timer'),
        runtime: input.config.functionRuntime,
        timeout: c.timeout ?? DEFAULT_TIMEOUT,
      })),
    collections: Object.entries(input.indexes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, list]) => ({
        name,
        indexes: list.map((i) => ({
          name: i.name,
          fields: i.keys.map((k) => `${k.field}${Number(k.direction) === -1 ? '↓' : ''}`).join(' + '),
          unique: Boolean(i.unique),
        })),
        rule: ADMIN_ONLY_RULE_TEXT,
      })),
    sizes: input.sizes,
    templates: input.config.templates,
    functionEnv: functionEnvironment(input.config),
    indexedFields: input.indexedFields ?? [],
    setup: input.setup,
  }
}

export function formatPlan(plan: Plan, findings: Finding[]): string {
  const out: string[] = []
  out.push(`部署计划：小程序 ${plan.appid ?? '（未配置 AppID）'} → 云环境 ${plan.envId ?? '（未配置）'}`)
  out.push(`版本 ${plan.version}，说明：${plan.description}`)
  out.push('')
  out.push(`1. 云函数 ${plan.functions.length} 个：先检查已有云函数的运行时（不对就停止）；缺少的先用指定运行时新建（含超时和环境变量），`)
  out.push('   再上传代码（云端安装依赖），补建定时触发器，更新超时和环境变量（从不修改运行时），最后逐项读回核对：')
  for (const f of plan.functions) {
    const triggers = f.triggers.length ? f.triggers.map((t) => `定时触发器 ${t.name} “${t.config}”`).join('；') : '无触发器'
    const openapi = f.openapi.length ? `云调用权限 ${f.openapi.join(', ')}` : '无云调用权限'
    out.push(`   - ${f.name}：运行时 ${f.runtime}；超时 ${f.timeout} 秒；${openapi}；${triggers}`)
  }
  const vars = Object.keys(plan.functionEnv)
  out.push(`   每个云函数的环境变量：${vars.length ? vars.join(', ') : '无'}`)
  out.push(
    `2. 数据库（database/indexes.json）${plan.collections.length} 个集合：创建缺少的集合和索引，每个集合设为仅管理端可读写（小程序端不能读写），设置后逐个读回核对：`,
  )
  for (const c of plan.collections) {
    const list = c.indexes.length ? c.indexes.map((i) => `${i.name}(${i.fields}${i.unique ? '，唯一' : ''})`).join('，') : '仅 _id'
    out.push(`   - ${c.name}：权限 ${c.rule}；索引 ${list}`)
  }
  out.push(`3. 上传小程序代码 dist/weapp/ 为版本 ${plan.version}`)
  if (plan.sizes) {
    const subs = Object.entries(plan.sizes.subpackages)
      .map(([root, size]) => `${root} ${kb(size)}`)
      .join('，')
    out.push(`   主包 ${kb(plan.sizes.main)}（上限 2 MB）；分包 ${subs || '无'}（每个上限 2 MB）；合计 ${kb(plan.sizes.total)}（上限 30 MB）`)
  }
  out.push('   订阅消息模板（云函数环境变量）：')
  for (const key of TEMPLATE_KEYS) out.push(`   - ${key}（${TEMPLATE_PURPOSE[key]}，${TEMPLATE_ENV[key]}）：${plan.templates[key] ?? '未配置'}`)
  if (plan.setup) {
    out.push('4. 首次设置（--setup）：')
    out.push(`   - 第一位管理员：staff 集合写入 {_id: "${plan.setup.adminOpenid ?? '未配置'}", role: "admin"}`)
    if (plan.setup.demo) {
      const counts = Object.entries(plan.setup.demo)
        .map(([c, n]) => `${c} ${n}`)
        .join('，')
      out.push(`   - 演示数据（--demo）：${counts || '无'}`)
    } else out.push('   - 不写演示数据（需要时加 --demo）')
  }
  if (plan.indexedFields.length) {
    out.push('')
    // Every query already starts from an index (else the dry run has an error): a field outside all indexes only filters what the index found.
    out.push('云函数查询用到的字段（每个查询都由索引起步；标“索引外”的字段只在索引找出的文档中再筛选）：')
    const byCollection = new Map<string, string[]>()
    for (const f of plan.indexedFields)
      byCollection.set(f.collection, [...(byCollection.get(f.collection) ?? []), `${f.field}${f.indexed ? '' : '（索引外）'}`])
    for (const [c, fields] of byCollection) out.push(`   ${c}: ${fields.join(', ')}`)
  }
  const errors = findings.filter((f) => f.severity === 'error')
  const warnings = findings.filter((f) => f.severity === 'warning')
  if (warnings.length) {
    out.push('')
    out.push(`警告 ${warnings.length} 条：`)
    for (const w of warnings) out.push(`   ! [${w.subject}] ${w.message}`)
  }
  if (errors.length) {
    out.push('')
    out.push(`错误 ${errors.length} 条（必须先解决）：`)
    for (const e of errors) out.push(`   ✗ [${e.subject}] ${e.message}`)
  }
  return out.join('\n')
}
