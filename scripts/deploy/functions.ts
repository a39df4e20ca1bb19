import { join } from 'node:path'
import { isSupportedRuntime, SUPPORTED_RUNTIMES } from './config'
import type { CloudAdmin, FunctionInfo } from './cloudbase'
import type { Plan, PlannedFunction } from './plan'

/**
 * The cloud functions' part of a real deployment, in the order the platform forces:
 *
 * 1. Before anything is uploaded, every function that already exists must have a supported runtime:
 *    a runtime is fixed at creation (UpdateFunctionConfiguration has no Runtime), so a function left
 *    on Nodejs8.9 by an earlier upload can only be deleted and created again, by a person.
 * 2. A missing function is created through @cloudbase/manager-node with its runtime, timeout and
 *    variables, before miniprogram-ci ever sees it (miniprogram-ci would create it on Nodejs8.9, 3 s).
 * 3. miniprogram-ci uploads the code (WeChat's route: it installs the dependencies in the cloud and
 *    applies config.json's cloud-call permissions on every upload); then wait while the function is
 *    Updating (the cloud install), as SCF refuses other changes meanwhile.
 * 4. Timer triggers config.json no longer lists, or lists with another schedule, are deleted
 *    (manager-node); those the function lacks are created with miniprogram-ci, whose createTimeTrigger
 *    answers an error sentence instead of throwing.
 * 5. Timeout and variables of an existing function are updated (never its runtime).
 * 6. The function is read back; a wrong runtime, timeout, variable or trigger stops the deployment.
 */

/** What miniprogram-ci 2.1.42's cloud.createTimeTrigger resolves with on success; on failure it resolves with another sentence. */
export const TRIGGER_CREATED = '创建定时触发器成功'

export class DeployError extends Error {
  override name = 'DeployError'
}

/** The part of miniprogram-ci's cloud API this step uses. */
export interface FunctionUploader {
  uploadFunction(options: {
    project: unknown
    env: string
    name: string
    path: string
    remoteNpmInstall: boolean
  }): Promise<{ filesCount: number; packSize: number }>
  createTimeTrigger(options: {
    project: unknown
    envId: string
    functionName: string
    triggersConfig: { name: string; type: string; config: string }[]
  }): Promise<string>
}

export interface FunctionStepInput {
  root: string
  envId: string
  project: unknown
  plan: Pick<Plan, 'functions' | 'functionEnv'>
  admin: CloudAdmin
  uploader: FunctionUploader
  log: (line: string) => void
}

const settingsText = (fn: Pick<PlannedFunction, 'runtime' | 'timeout'>, variables: Record<string, string>) =>
  `运行时 ${fn.runtime}，超时 ${fn.timeout} 秒，环境变量 ${Object.keys(variables).length} 个`

/** Step 1: refuses, naming each, the functions whose runtime can no longer be right. Answers what exists. */
export async function checkExistingRuntimes(admin: CloudAdmin, names: string[]): Promise<Map<string, FunctionInfo | undefined>> {
  const existing = new Map<string, FunctionInfo | undefined>()
  for (const name of names) existing.set(name, await admin.getFunction(name))
  const wrong = [...existing].filter(([, info]) => info && !isSupportedRuntime(info.runtime))
  if (wrong.length) {
    throw new DeployError(
      [
        `云函数的运行时不对，什么都没有上传：${wrong.map(([name, info]) => `${name}（${info!.runtime || '未知'}）`).join('、')}。`,
        `云函数按 Node 16 打包，需要 ${SUPPORTED_RUNTIMES.join(' 或 ')}；运行时只能在新建时设定，无法修改。`,
        '请在“云开发控制台 → 云函数”中删除这些云函数（定时触发器随之删除），再运行部署：部署会用正确的运行时重新创建它们。',
      ].join('\n'),
    )
  }
  return existing
}

/** The timer triggers a function has in the cloud that its config.json does not list. */
function staleTriggers(fn: PlannedFunction, info: FunctionInfo): string[] {
  return Object.keys(info.triggers).filter((name) => !fn.triggers.some((t) => t.name === name))
}

/** Step 6: what the function must look like now; each difference is one line. */
export function differences(fn: PlannedFunction, variables: Record<string, string>, info: FunctionInfo | undefined, created: boolean): string[] {
  if (!info) return ['部署后读不到这个云函数']
  const out: string[] = []
  if (!isSupportedRuntime(info.runtime)) out.push(`运行时是 ${info.runtime || '未知'}，不是 ${SUPPORTED_RUNTIMES.join(' 或 ')}`)
  else if (created && info.runtime !== fn.runtime) out.push(`运行时是 ${info.runtime}，新建时要求的是 ${fn.runtime}`)
  if (info.timeout !== fn.timeout) out.push(`超时是 ${info.timeout ?? '未知'} 秒，应为 ${fn.timeout} 秒`)
  for (const [key, value] of Object.entries(variables)) {
    if (info.variables[key] !== value)
      out.push(`环境变量 ${key} 是 ${info.variables[key] === undefined ? '（未设置）' : `“${info.variables[key]}”`}，应为“${value}”`)
  }
  for (const trigger of fn.triggers) {
    if (info.triggers[trigger.name] !== trigger.config)
      out.push(`定时触发器 ${trigger.name} 是 ${info.triggers[trigger.name] ? `“${info.triggers[trigger.name]}”` : '（没有）'}，应为“${trigger.config}”`)
  }
  for (const name of staleTriggers(fn, info)) out.push(`多了 config.json 里没有的定时触发器 ${name}（“${info.triggers[name]}”）`)
  return out
}

export async function deployFunctions(input: FunctionStepInput): Promise<void> {
  const { admin, uploader, plan, log } = input
  const variables = plan.functionEnv
  const existing = await checkExistingRuntimes(
    admin,
    plan.functions.map((f) => f.name),
  )
  const codeRoot = join(input.root, 'dist', 'cloudfunctions')
  for (const fn of plan.functions) {
    const before = existing.get(fn.name)
    if (!before) {
      log(`新建云函数 ${fn.name}：${settingsText(fn, variables)}`)
      await admin.createFunction({ name: fn.name, runtime: fn.runtime, timeout: fn.timeout, variables, codeRoot })
    } else {
      log(`云函数 ${fn.name} 已存在（运行时 ${before.runtime}）`)
    }

    log(`  上传 ${fn.name} 的代码（云端安装依赖）…`)
    const result = await uploader.uploadFunction({
      project: input.project,
      env: input.envId,
      name: fn.name,
      path: join(codeRoot, fn.name),
      remoteNpmInstall: true,
    })
    log(`  ${fn.name}：${result.filesCount} 个文件，${(result.packSize / 1024).toFixed(1)} KB`)
    await admin.waitUntilActive(fn.name)

    const missing = fn.triggers.filter((t) => before?.triggers[t.name] !== t.config)
    // A timer config.json dropped (an old job now done elsewhere) would go on running the function; one
    // with another schedule cannot be created again under its name. Both are deleted first.
    const outdated = [...(before ? staleTriggers(fn, before) : []), ...missing.filter((t) => before?.triggers[t.name] !== undefined).map((t) => t.name)]
    for (const name of outdated) {
      await admin.deleteTrigger(fn.name, name)
      log(`  ${fn.name}：删除了定时触发器 ${name}（“${before!.triggers[name]}”）`)
    }
    if (missing.length) {
      const answer = await uploader.createTimeTrigger({ project: input.project, envId: input.envId, functionName: fn.name, triggersConfig: missing })
      if (answer !== TRIGGER_CREATED)
        throw new DeployError(`云函数 ${fn.name} 的定时触发器 ${missing.map((t) => t.name).join('、')} 没有建成：miniprogram-ci 答复“${answer}”。`)
      log(`  ${fn.name}：定时触发器 ${missing.map((t) => `${t.name} “${t.config}”`).join('、')}`)
    }

    if (before) {
      await admin.updateFunctionConfig({ name: fn.name, timeout: fn.timeout, variables })
      await admin.waitUntilActive(fn.name)
      log(`  ${fn.name}：超时 ${fn.timeout} 秒，环境变量 ${Object.keys(variables).length} 个（运行时保持 ${before.runtime}）`)
    }

    const after = await admin.getFunction(fn.name)
    const wrong = differences(fn, variables, after, !before)
    if (wrong.length)
      throw new DeployError([`部署后核对云函数 ${fn.name}，与计划不符（部署到此停止，小程序没有上传）：`, ...wrong.map((w) => `  - ${w}`)].join('\n'))
    log(`  ${fn.name}：已核对（${settingsText({ ...fn, runtime: after!.runtime }, variables)}，定时触发器 ${fn.triggers.length} 个）`)
  }
}
