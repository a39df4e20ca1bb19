import { ADMIN_ONLY_RULE_TEXT, createCloudAdmin, type ManagerNode } from '../../scripts/deploy/cloudbase'
import type { DeployConfig } from '../../scripts/deploy/config'
import { TRIGGER_CREATED } from '../../scripts/deploy/functions'
import { buildPlan } from '../../scripts/deploy/plan'
import { countDocuments, demoDocuments, runSetup } from '../../scripts/deploy/setup'
import { deploy, type MiniprogramCi } from '../../scripts/deploy/upload'
import type { WxApi } from '../../scripts/deploy/wxapi'
import { present } from '../list-items'

const config = {
  appid: 'wx1234567890abcdef',
  envId: 'prod-7g3k2a',
  privateKeyPath: '/keys/private.key',
  templates: { reminder: 'tmpl-reminder-0001' },
  robot: 3,
  functionEnv: {},
  functionRuntime: 'Nodejs16.13',
} satisfies DeployConfig

const indexes = { plates: [{ name: 'area', keys: [{ field: 'area', direction: 1 }] }] }
const plan = buildPlan({
  config,
  packageVersion: '2.0.1',
  git: { hash: 'abc1234', subject: 'Ship it', dirty: false },
  functions: { plates: { triggers: [{ name: 'hourly', type: 'timer', config: '0 5 * * * * *' }], timeout: 20 }, org: {} },
  indexes,
})

interface CloudFunction {
  Runtime: string
  Timeout: number
  Environment: { Variables: { Key: string; Value: string }[] }
  Triggers: { Type: string; TriggerName: string; TriggerDesc: string }[]
}

/**
 * One stand-in cloud behind both tools, no network. It behaves the way the platform is documented
 * to: miniprogram-ci's uploadFunction creates a missing function with its own defaults (Nodejs8.9,
 * 3 s), createTimeTrigger answers a sentence instead of throwing, UpdateFunctionConfiguration has no
 * runtime, and a collection starts with the default rule PRIVATE (仅创建者可读写).
 */
function fakeCloud(
  options: { functions?: Record<string, Partial<CloudFunction>>; triggerAnswer?: string; createIgnoresRuntime?: boolean; rulesIgnored?: string[] } = {},
) {
  const calls: string[] = []
  const functions = new Map<string, CloudFunction>(
    Object.entries(options.functions ?? {}).map(([name, f]) => [
      name,
      { Runtime: 'Nodejs16.13', Timeout: 3, Environment: { Variables: [] }, Triggers: [], ...f },
    ]),
  )
  const rules = new Map<string, { AclTag: string; Rule?: string }>()
  const fresh = (runtime: string, timeout: number): CloudFunction => ({ Runtime: runtime, Timeout: timeout, Environment: { Variables: [] }, Triggers: [] })

  const ci: MiniprogramCi = {
    Project: class {
      constructor(readonly options: Record<string, unknown>) {
        calls.push(`project ${options.appid} ${options.privateKeyPath}`)
      }
    } as unknown as MiniprogramCi['Project'],
    async upload(o) {
      calls.push(`upload ${o.version} "${o.desc}" robot ${o.robot}`)
      return {}
    },
    cloud: {
      async uploadFunction(o) {
        calls.push(`uploadFunction ${o.name} remoteNpmInstall=${o.remoteNpmInstall} ${o.path.replace(/.*dist/, 'dist')}`)
        if (!functions.has(o.name)) functions.set(o.name, fresh('Nodejs8.9', 3))
        return { filesCount: 3, packSize: 2048 }
      },
      async createTimeTrigger(o) {
        calls.push(`createTimeTrigger ${o.functionName} ${o.triggersConfig.map((t) => `${t.name}=${t.config}`).join()}`)
        const fn = functions.get(o.functionName)
        if (options.triggerAnswer) return options.triggerAnswer
        if (!fn || o.triggersConfig.some((t) => fn.Triggers.some((x) => x.TriggerName === t.name))) return '请检查传入的 triggersConfig 是否符合格式'
        for (const t of o.triggersConfig) fn.Triggers.push({ Type: 'timer', TriggerName: t.name, TriggerDesc: JSON.stringify({ cron: t.config }) })
        return TRIGGER_CREATED
      },
    },
  }

  const manager: ManagerNode = {
    functions: {
      async getFunctionDetail(name) {
        const fn = functions.get(name)
        if (!fn) throw Object.assign(new Error(`[GetFunction] 函数 ${name} 不存在`), { code: 'ResourceNotFound.FunctionName' })
        return structuredClone(fn) as unknown as Record<string, unknown>
      },
      async createFunction({ func, functionRootPath, force }) {
        const name = String(func.name)
        calls.push(
          `createFunction ${name} runtime=${func.runtime} timeout=${func.timeout} vars=${Object.keys(func.envVariables as object).join(',')} code=${functionRootPath.replace(/.*dist/, 'dist')} force=${force}`,
        )
        if (functions.has(name)) throw Object.assign(new Error('exists'), { code: 'ResourceInUse.Function' })
        const fn = fresh(options.createIgnoresRuntime ? 'Nodejs8.9' : String(func.runtime), Number(func.timeout))
        fn.Environment.Variables = Object.entries(func.envVariables as Record<string, string>).map(([Key, Value]) => ({ Key, Value }))
        functions.set(name, fn)
      },
      async updateFunctionConfig(func) {
        calls.push(`updateFunctionConfig ${String(func.name)} ${Object.keys(func).sort().join(',')}`)
        // UpdateFunctionConfiguration has no Runtime: asking for one is the mistake this deploy must never make.
        if ('runtime' in func) throw new Error('InvalidParameter: Runtime cannot be modified')
        const fn = functions.get(String(func.name))!
        fn.Timeout = Number(func.timeout)
        fn.Environment.Variables = Object.entries(func.envVariables as Record<string, string>).map(([Key, Value]) => ({ Key, Value }))
      },
      async waitFunctionActive(name) {
        calls.push(`waitFunctionActive ${name}`)
      },
      async deleteFunctionTrigger(name, triggerName) {
        calls.push(`deleteFunctionTrigger ${name} ${triggerName}`)
        const fn = functions.get(name)
        const at = fn?.Triggers.findIndex((t) => t.TriggerName === triggerName) ?? -1
        if (!fn || at < 0) throw Object.assign(new Error(`[DeleteTrigger] 触发器 ${triggerName} 不存在`), { code: 'ResourceNotFound.Trigger' })
        fn.Triggers.splice(at, 1)
      },
    },
    commonService(service, version) {
      expect([service, version]).toEqual(['tcb', '2018-06-08'])
      return {
        async call({ Action, Param }) {
          const name = String(Param.CollectionName)
          if (Action === 'ModifySafeRule') {
            calls.push(`ModifySafeRule ${name} ${Param.AclTag} ${Param.Rule}`)
            if (!options.rulesIgnored?.includes(name)) rules.set(name, { AclTag: String(Param.AclTag), Rule: String(Param.Rule) })
            return {}
          }
          if (Action === 'DescribeSafeRule') {
            calls.push(`DescribeSafeRule ${name} ${Param.WxAppId}`)
            return rules.get(name) ?? { AclTag: 'PRIVATE' }
          }
          throw new Error(`unexpected ${Action}`)
        },
      }
    },
  }

  const api: WxApi = {
    collections: async () => ['plates', 'legacy'],
    addCollection: async (name) => void calls.push(`collection ${name}`),
    createIndex: async (c, i) => (calls.push(`index ${c}.${i.name}`), 'created'),
    add: async (q) => (calls.push(`add ${q}`), ['id']),
    update: async (q) => (calls.push(`update ${q}`), { matched: 0, modified: 0 }),
  }
  const admin = createCloudAdmin(manager, { envId: config.envId, appid: config.appid })
  return { calls, ci, api, admin, functions, rules }
}

const run = (cloud: ReturnType<typeof fakeCloud>, lines: string[] = []) =>
  deploy({ root: '/repo', config, plan, indexes, api: cloud.api, ci: cloud.ci, admin: cloud.admin, log: (l) => lines.push(l) })

const variables = (fn: CloudFunction) => Object.fromEntries(fn.Environment.Variables.map((v) => [v.Key, v.Value]))

describe('a real deployment (against a stand-in cloud)', () => {
  it('creates each missing function with its runtime, timeout and variables before miniprogram-ci uploads its code', async () => {
    const cloud = fakeCloud()
    await run(cloud)
    const fnCalls = cloud.calls.filter((c) => /Function|Trigger/.test(c))
    expect(fnCalls).toEqual([
      'createFunction org runtime=Nodejs16.13 timeout=20 vars=JMT_TEMPLATE_VISIT_REMINDER code=dist/cloudfunctions force=false',
      'uploadFunction org remoteNpmInstall=true dist/cloudfunctions/org',
      'waitFunctionActive org',
      'createFunction plates runtime=Nodejs16.13 timeout=20 vars=JMT_TEMPLATE_VISIT_REMINDER code=dist/cloudfunctions force=false',
      'uploadFunction plates remoteNpmInstall=true dist/cloudfunctions/plates',
      'waitFunctionActive plates',
      'createTimeTrigger plates hourly=0 5 * * * * *',
    ])
    for (const name of ['org', 'plates']) {
      const fn = cloud.functions.get(name)!
      expect([fn.Runtime, fn.Timeout, variables(fn)]).toEqual(['Nodejs16.13', 20, { JMT_TEMPLATE_VISIT_REMINDER: 'tmpl-reminder-0001' }])
    }
    expect(cloud.calls[cloud.calls.length - 1]).toBe('upload 2.0.1 "abc1234 Ship it" robot 3')
  })

  it('on a later deployment keeps the runtime, updates timeout and variables, and creates no trigger twice', async () => {
    const cloud = fakeCloud({
      functions: {
        org: { Runtime: 'Nodejs18.15', Timeout: 3 },
        plates: { Timeout: 20, Triggers: [{ Type: 'timer', TriggerName: 'hourly', TriggerDesc: '{"cron":"0 5 * * * * *"}' }] },
      },
    })
    const lines: string[] = []
    await run(cloud, lines)
    expect(cloud.calls.filter((c) => /createFunction|createTimeTrigger/.test(c))).toEqual([])
    expect(cloud.calls.filter((c) => /^(uploadFunction|updateFunctionConfig|waitFunctionActive) org/.test(c))).toEqual([
      'uploadFunction org remoteNpmInstall=true dist/cloudfunctions/org',
      'waitFunctionActive org',
      'updateFunctionConfig org envVariables,name,timeout',
      'waitFunctionActive org',
    ])
    expect(cloud.calls.filter((c) => c.startsWith('updateFunctionConfig'))).toEqual([
      'updateFunctionConfig org envVariables,name,timeout',
      'updateFunctionConfig plates envVariables,name,timeout',
    ])
    expect(cloud.functions.get('org')).toMatchObject({ Runtime: 'Nodejs18.15', Timeout: 20 })
    expect(lines.join('\n')).toContain('org：已核对（运行时 Nodejs18.15')
  })

  it('deletes the timer triggers config.json no longer lists, and makes one whose schedule changed again', async () => {
    const cloud = fakeCloud({
      functions: {
        org: { Triggers: [{ Type: 'timer', TriggerName: 'daily', TriggerDesc: '{"cron":"0 30 3 * * * *"}' }] },
        plates: { Timeout: 20, Triggers: [{ Type: 'timer', TriggerName: 'hourly', TriggerDesc: '{"cron":"0 0 * * * * *"}' }] },
      },
    })
    const lines: string[] = []
    await run(cloud, lines)
    expect(cloud.calls.filter((c) => /Trigger/.test(c))).toEqual([
      'deleteFunctionTrigger org daily',
      'deleteFunctionTrigger plates hourly',
      'createTimeTrigger plates hourly=0 5 * * * * *',
    ])
    expect(cloud.functions.get('org')?.Triggers).toEqual([])
    expect(cloud.functions.get('plates')?.Triggers).toEqual([{ Type: 'timer', TriggerName: 'hourly', TriggerDesc: '{"cron":"0 5 * * * * *"}' }])
    expect(lines.join('\n')).toContain('org：删除了定时触发器 daily（“0 30 3 * * * *”）')
  })

  it('refuses, before uploading anything, a function that already runs on an unsupported runtime', async () => {
    const cloud = fakeCloud({ functions: { plates: { Runtime: 'Nodejs8.9' } } })
    await expect(run(cloud)).rejects.toThrow(/运行时不对，什么都没有上传：plates（Nodejs8\.9）[\s\S]*删除/)
    expect(cloud.calls.filter((c) => !c.startsWith('project'))).toEqual([])
  })

  it('stops loudly when a function reads back with the wrong runtime, and uploads no mini-program', async () => {
    const cloud = fakeCloud({ createIgnoresRuntime: true })
    await expect(run(cloud)).rejects.toThrow(/核对云函数 org[\s\S]*运行时是 Nodejs8\.9/)
    expect(cloud.calls.some((c) => c.startsWith('upload '))).toBe(false)
  })

  it('treats createTimeTrigger’s error sentence as the failure it is', async () => {
    const cloud = fakeCloud({ triggerAnswer: '请检查传入的 triggersConfig 是否符合格式' })
    await expect(run(cloud)).rejects.toThrow('plates 的定时触发器 hourly 没有建成：miniprogram-ci 答复“请检查传入的 triggersConfig 是否符合格式”')
    expect(cloud.calls.some((c) => c.startsWith('upload '))).toBe(false)
  })

  it('sets every collection, declared or found, to admin-only and reads each rule back', async () => {
    const cloud = fakeCloud()
    await run(cloud)
    expect(cloud.calls.filter((c) => /SafeRule/.test(c))).toEqual([
      `ModifySafeRule legacy CUSTOM ${ADMIN_ONLY_RULE_TEXT}`,
      `ModifySafeRule plates CUSTOM ${ADMIN_ONLY_RULE_TEXT}`,
      'DescribeSafeRule legacy wx1234567890abcdef',
      'DescribeSafeRule plates wx1234567890abcdef',
    ])
    expect(cloud.rules.get('plates')).toEqual({ AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' })
    const order = ['index plates.area', `ModifySafeRule plates CUSTOM ${ADMIN_ONLY_RULE_TEXT}`, 'upload 2.0.1 "abc1234 Ship it" robot 3'].map((c) =>
      cloud.calls.indexOf(c),
    )
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('stops when a collection still lets clients in after the rule was set', async () => {
    const cloud = fakeCloud({ rulesIgnored: ['legacy'] })
    await expect(run(cloud)).rejects.toThrow(/仍允许小程序端读写：legacy（PRIVATE）/)
    expect(cloud.calls.some((c) => c.startsWith('upload '))).toBe(false)
  })

  it('setup writes the first admin, and demo data only when given', async () => {
    const f = fakeCloud()
    const admin = 'update db.collection("staff").doc("oAdmin0001").set({data:{"role":"admin","grantedBy":"deploy --setup","grantedAt":db.serverDate()}})'
    await runSetup(f.api, { adminOpenid: 'oAdmin0001' }, () => undefined)
    expect(f.calls).toEqual([admin])
    await runSetup(f.api, { adminOpenid: 'oAdmin0001', demo: { stations: [{ _id: 'st-1' }] } }, () => undefined)
    expect(f.calls.slice(1)).toEqual([admin, 'add db.collection("stations").add({data:[{"_id":"st-1"}]})'])
  })

  it('takes the demo data from local/demo, without its made-up staff grants', async () => {
    const docs = await demoDocuments()
    const counts = countDocuments(docs)
    expect(counts.staff).toBeUndefined()
    expect(counts.stations).toBeGreaterThan(0)
    expect(counts.officers).toBeGreaterThan(0)
    expect(present(docs.stations, 'the demo stations').every((d) => typeof d._id === 'string')).toBe(true)
  })
})
