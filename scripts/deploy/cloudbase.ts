/**
 * What the deploy asks of Tencent Cloud through @cloudbase/manager-node (CloudBase's own management
 * SDK, pinned in scripts/deploy/tools): create a function with its runtime, read a function back,
 * change its timeout and variables, and set and read a collection's security rule. miniprogram-ci
 * can do none of these: it creates a missing function with its own defaults (Nodejs8.9, 3 s).
 *
 * The SDK signs with a Tencent Cloud API key (SecretId/SecretKey) of the account the WeChat cloud
 * environment belongs to; see DEPLOY.md.
 */

/** The part of @cloudbase/manager-node 5.x the deploy uses (its typings are in the tools folder). */
export interface ManagerNode {
  functions: {
    /** SCF GetFunction: Runtime, Timeout, Environment.Variables, Triggers, Status… */
    getFunctionDetail(name: string): Promise<Record<string, unknown>>
    /** SCF CreateFunction with the code packed from `functionRootPath/<name>`; throws when the name is taken and `force` is false. */
    createFunction(param: { func: Record<string, unknown>; functionRootPath: string; force: boolean }): Promise<unknown>
    /** SCF UpdateFunctionConfiguration: its whitelist has no runtime (a runtime cannot be changed). */
    updateFunctionConfig(func: Record<string, unknown>): Promise<unknown>
    /** Polls GetFunction until the function is no longer Creating/Updating (throws on CreateFailed or after 5 minutes). */
    waitFunctionActive(name: string): Promise<void>
    /** SCF DeleteTrigger for one of the function's triggers, by name. */
    deleteFunctionTrigger(name: string, triggerName: string): Promise<void>
  }
  /** Any CloudBase API action (`tcb`, 2018-06-08): used for ModifySafeRule / DescribeSafeRule. */
  commonService(service?: string, version?: string): { call(options: { Action: string; Param: Record<string, unknown> }): Promise<Record<string, unknown>> }
}

export interface FunctionInfo {
  runtime: string
  timeout?: number
  variables: Record<string, string>
  /** Timer triggers by name, with their cron expression. */
  triggers: Record<string, string>
}

export interface NewFunction {
  name: string
  runtime: string
  timeout: number
  variables: Record<string, string>
  /** The folder holding the built function folders (dist/cloudfunctions). */
  codeRoot: string
}

export interface CollectionRule {
  /** READONLY, PRIVATE, ADMINWRITE, ADMINONLY or CUSTOM. */
  aclTag: string
  /** The security rule's JSON text when aclTag is CUSTOM. */
  rule?: string
}

export interface CloudAdmin {
  /** `undefined` when the function does not exist yet. */
  getFunction(name: string): Promise<FunctionInfo | undefined>
  createFunction(spec: NewFunction): Promise<void>
  /** Timeout and variables only: there is deliberately no way to ask for another runtime. */
  updateFunctionConfig(spec: { name: string; timeout: number; variables: Record<string, string> }): Promise<void>
  /** Until an upload's cloud dependency install has finished: SCF refuses configuration changes meanwhile. */
  waitUntilActive(name: string): Promise<void>
  /** A timer trigger config.json no longer has (or has with another schedule): miniprogram-ci can only create. */
  deleteTrigger(functionName: string, triggerName: string): Promise<void>
  getCollectionRule(collection: string): Promise<CollectionRule>
  setCollectionRule(collection: string, rule: string): Promise<void>
}

/**
 * No client read or write: the mini-program reaches the database only through the cloud functions,
 * whose server SDK is not bound by security rules. With the default 仅创建者可读写 a client could
 * `add` a `staff` document with `_id` = its own OPENID and `role: 'admin'`.
 */
export const ADMIN_ONLY_RULE = { read: false, write: false } as const
export const ADMIN_ONLY_RULE_TEXT = JSON.stringify(ADMIN_ONLY_RULE)

/** Whether a collection's rule lets no client read or write: the simple ADMINONLY, or a custom rule of `false` both ways. */
export function isAdminOnly(rule: CollectionRule): boolean {
  if (rule.aclTag === 'ADMINONLY') return true
  if (rule.aclTag !== 'CUSTOM' || !rule.rule) return false
  try {
    const parsed = JSON.parse(rule.rule) as Record<string, unknown>
    const keys = Object.keys(parsed)
    // Any other operation (create, update, delete…) left open would be a way in.
    return keys.every((k) => parsed[k] === false) && parsed.read === false && parsed.write === false
  } catch {
    return false
  }
}

/** SCF's answer for a function name that does not exist (GetFunction). */
const isNotFound = (error: unknown) => /^ResourceNotFound\.Function/.test(String((error as { code?: unknown })?.code ?? ''))

/** A timer trigger's TriggerDesc is `{"cron":"…"}` in GetFunction's answer; the plain cron when created. */
export function triggerCron(desc: unknown): string {
  const text = String(desc ?? '')
  try {
    const parsed = JSON.parse(text) as { cron?: unknown }
    if (parsed && typeof parsed.cron === 'string') return parsed.cron
  } catch {
    // not JSON: the cron expression itself
  }
  return text
}

export function createCloudAdmin(manager: ManagerNode, target: { envId: string; appid: string }): CloudAdmin {
  const tcb = manager.commonService('tcb', '2018-06-08')
  return {
    async getFunction(name) {
      let detail: Record<string, unknown>
      try {
        detail = await manager.functions.getFunctionDetail(name)
      } catch (error) {
        if (isNotFound(error)) return undefined
        throw error
      }
      const variables = ((detail.Environment as { Variables?: { Key: string; Value: string }[] } | undefined)?.Variables ?? []).map((v) => [
        v.Key,
        String(v.Value),
      ])
      const triggers = ((detail.Triggers ?? []) as { Type?: string; TriggerName?: string; TriggerDesc?: string }[])
        .filter((t) => t.Type === 'timer' && t.TriggerName)
        .map((t) => [t.TriggerName as string, triggerCron(t.TriggerDesc)])
      return {
        runtime: String(detail.Runtime ?? ''),
        timeout: detail.Timeout === undefined ? undefined : Number(detail.Timeout),
        variables: Object.fromEntries(variables),
        triggers: Object.fromEntries(triggers),
      }
    },
    async createFunction(spec) {
      await manager.functions.createFunction({
        func: {
          name: spec.name,
          runtime: spec.runtime,
          timeout: spec.timeout,
          envVariables: spec.variables,
          handler: 'index.main',
          // The bundle's package.json lists wx-server-sdk: installed in the cloud, like miniprogram-ci's remoteNpmInstall.
          installDependency: true,
          ignore: ['node_modules', 'node_modules/**/*'],
        },
        functionRootPath: spec.codeRoot,
        // Never overwrite a function that appeared meanwhile: its runtime must be checked, not assumed.
        force: false,
      })
    },
    async updateFunctionConfig(spec) {
      await manager.functions.updateFunctionConfig({ name: spec.name, timeout: spec.timeout, envVariables: spec.variables })
    },
    async waitUntilActive(name) {
      await manager.functions.waitFunctionActive(name)
    },
    async deleteTrigger(functionName, triggerName) {
      await manager.functions.deleteFunctionTrigger(functionName, triggerName)
    },
    async getCollectionRule(collection) {
      // DescribeSafeRule: WxAppId "微信必传" for an environment of a mini-program.
      const answer = await tcb.call({ Action: 'DescribeSafeRule', Param: { EnvId: target.envId, CollectionName: collection, WxAppId: target.appid } })
      return { aclTag: String(answer.AclTag ?? ''), rule: typeof answer.Rule === 'string' ? answer.Rule : undefined }
    },
    async setCollectionRule(collection, rule) {
      await tcb.call({ Action: 'ModifySafeRule', Param: { EnvId: target.envId, CollectionName: collection, AclTag: 'CUSTOM', Rule: rule } })
    },
  }
}
