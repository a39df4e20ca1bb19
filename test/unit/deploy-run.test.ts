import type { DeployConfig } from '../../scripts/deploy/config'
import { buildPlan } from '../../scripts/deploy/plan'
import { countDocuments, demoDocuments, runSetup } from '../../scripts/deploy/setup'
import { deploy, type MiniprogramCi } from '../../scripts/deploy/upload'
import type { WxApi } from '../../scripts/deploy/wxapi'

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

/** Records every call in order; no network, no miniprogram-ci. */
function fakes(options: { configureFails?: boolean } = {}) {
  const calls: string[] = []
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
        calls.push(`function ${o.name} ${o.env} remoteNpmInstall=${o.remoteNpmInstall} ${o.path.replace(/.*dist/, 'dist')}`)
        return { filesCount: 3, packSize: 2048 }
      },
      async createTimeTrigger(o) {
        calls.push(`trigger ${o.functionName} ${o.triggersConfig.map((t) => t.config).join()}`)
        return '创建定时触发器成功'
      },
    },
  }
  const api: WxApi = {
    collections: async () => ['plates'],
    addCollection: async (name) => void calls.push(`collection ${name}`),
    createIndex: async (c, i) => (calls.push(`index ${c}.${i.name}`), 'created'),
    add: async (q) => (calls.push(`add ${q}`), ['id']),
    update: async (q) => (calls.push(`update ${q}`), { matched: 0, modified: 0 }),
  }
  const configure = async (_project: unknown, name: string, s: { runtime: string; timeout?: number; variables: Record<string, string> }) => {
    if (options.configureFails) throw new Error('internal API changed')
    calls.push(`configure ${name} ${s.runtime} timeout=${s.timeout} ${Object.keys(s.variables).join(',')}`)
  }
  return { calls, ci, api, configure }
}

describe('a real deployment (against stand-ins)', () => {
  it('uploads each function with cloud install, its triggers and settings, then the database, then the mini-program', async () => {
    const f = fakes()
    const lines: string[] = []
    await deploy({ root: '/repo', config, plan, indexes, api: f.api, ci: f.ci, configure: f.configure, log: (l) => lines.push(l) })
    expect(f.calls).toEqual([
      'project wx1234567890abcdef /keys/private.key',
      'function org prod-7g3k2a remoteNpmInstall=true dist/cloudfunctions/org',
      'configure org Nodejs16.13 timeout=undefined JMT_TEMPLATE_VISIT_REMINDER',
      'function plates prod-7g3k2a remoteNpmInstall=true dist/cloudfunctions/plates',
      'trigger plates 0 5 * * * * *',
      'configure plates Nodejs16.13 timeout=20 JMT_TEMPLATE_VISIT_REMINDER',
      'index plates.area',
      'upload 2.0.1 "abc1234 Ship it" robot 3',
    ])
    expect(lines.join('\n')).not.toContain('手动设置')
  })

  it('when the settings cannot be applied, says exactly what to set by hand', async () => {
    const f = fakes({ configureFails: true })
    const lines: string[] = []
    await deploy({ root: '/repo', config, plan, indexes, api: f.api, ci: f.ci, configure: f.configure, log: (l) => lines.push(l) })
    expect(lines).toContain('  - plates：运行时 Nodejs16.13，超时 20 秒，环境变量 JMT_TEMPLATE_VISIT_REMINDER=tmpl-reminder-0001')
    expect(f.calls[f.calls.length - 1]).toMatch(/^upload /)
  })

  it('setup writes the first admin, and demo data only when given', async () => {
    const f = fakes()
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
    expect(docs.stations.every((d) => typeof d._id === 'string')).toBe(true)
  })
})
