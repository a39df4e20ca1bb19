import type { DeployConfig } from '../../scripts/deploy/config'
import { buildPlan, DESCRIPTION_MAX, formatPlan, versionDescription } from '../../scripts/deploy/plan'

const config: DeployConfig = {
  appid: 'wx1234567890abcdef',
  envId: 'prod-7g3k2a',
  templates: { reminder: 'tmpl-reminder-0001', reportStatus: 'tmpl-report-0002' },
  robot: 1,
  functionEnv: { JMT_REMIND_BEFORE_MINUTES: '90' },
  functionRuntime: 'Nodejs16.13',
}

const plan = buildPlan({
  config,
  packageVersion: '1.4.0',
  git: { hash: 'abc1234', subject: 'Plates: batch printing', dirty: false },
  functions: {
    plates: { permissions: { openapi: ['wxacode.getUnlimited'] }, triggers: [{ name: 'hourly', type: 'timer', config: '0 5 * * * * *' }], timeout: 20 },
    org: { permissions: { openapi: [] } },
  },
  indexes: {
    plates: [
      {
        name: 'area_status',
        keys: [
          { field: 'area', direction: 1 },
          { field: 'status', direction: -1 },
        ],
      },
    ],
    officers: [{ name: 'badgeNo', keys: [{ field: 'badgeNo', direction: 1 }], unique: true }],
    outbox: [],
  },
  sizes: { main: 400 * 1024, subpackages: { staff: 300 * 1024 }, total: 700 * 1024 },
  setup: { adminOpenid: 'oAdmin0001', demo: { stations: 2, plates: 9 } },
})

describe('deploy plan', () => {
  it('takes the version from package.json and the description from the last commit', () => {
    expect(plan.version).toBe('1.4.0')
    expect(plan.description).toBe('abc1234 Plates: batch printing')
    expect(versionDescription({ hash: 'abc1234', subject: 'x', dirty: true })).toContain('未提交')
    expect(versionDescription({ hash: 'abc1234', subject: '长'.repeat(300), dirty: false })).toHaveLength(DESCRIPTION_MAX)
  })

  it('lists each function with its runtime, timeout (20 s when config.json names none), timer triggers and openapi permissions, in name order', () => {
    expect(plan.functions).toEqual([
      { name: 'org', openapi: [], triggers: [], runtime: 'Nodejs16.13', timeout: 20 },
      {
        name: 'plates',
        openapi: ['wxacode.getUnlimited'],
        triggers: [{ name: 'hourly', type: 'timer', config: '0 5 * * * * *' }],
        runtime: 'Nodejs16.13',
        timeout: 20,
      },
    ])
  })

  it('gives every function the template ids under the names the functions read, with functionEnv', () => {
    expect(plan.functionEnv).toEqual({
      JMT_REMIND_BEFORE_MINUTES: '90',
      JMT_TEMPLATE_VISIT_REMINDER: 'tmpl-reminder-0001',
      JMT_TEMPLATE_REPORT_STATUS: 'tmpl-report-0002',
    })
  })

  it('lists every declared collection with its indexes and the admin-only rule', () => {
    const rule = '{"read":false,"write":false}'
    expect(plan.collections).toEqual([
      { name: 'officers', indexes: [{ name: 'badgeNo', fields: 'badgeNo', unique: true }], rule },
      { name: 'outbox', indexes: [], rule },
      { name: 'plates', indexes: [{ name: 'area_status', fields: 'area + status↓', unique: false }], rule },
    ])
  })

  it('prints every step, the sizes, the templates, the setup and the findings', () => {
    const text = formatPlan(plan, [
      { severity: 'warning', subject: 'index:plates.note', message: '没有索引' },
      { severity: 'error', subject: 'size:main', message: '太大' },
    ])
    for (const expected of [
      'wx1234567890abcdef → 云环境 prod-7g3k2a',
      '版本 1.4.0，说明：abc1234 Plates: batch printing',
      'plates：运行时 Nodejs16.13；超时 20 秒；云调用权限 wxacode.getUnlimited；定时触发器 hourly “0 5 * * * * *”',
      'org：运行时 Nodejs16.13；超时 20 秒；无云调用权限；无触发器',
      'plates：权限 {"read":false,"write":false}；索引 area_status(area + status↓)',
      'officers：权限 {"read":false,"write":false}；索引 badgeNo(badgeNo，唯一)',
      'outbox：权限 {"read":false,"write":false}；索引 仅 _id',
      '主包 400.0 KB',
      'staff 300.0 KB',
      '每个云函数的环境变量：JMT_REMIND_BEFORE_MINUTES, JMT_TEMPLATE_VISIT_REMINDER, JMT_TEMPLATE_REPORT_STATUS',
      'reminder（流动警务室预约提醒（开始前发送），JMT_TEMPLATE_VISIT_REMINDER）：tmpl-reminder-0001',
      'cancelled（场次变更或取消通知（警方改时间、换地点或取消场次时发送），JMT_TEMPLATE_VISIT_CANCELLED）：未配置',
      'staff 集合写入 {_id: "oAdmin0001", role: "admin"}',
      '演示数据（--demo）：stations 2，plates 9',
      '警告 1 条',
      '! [index:plates.note] 没有索引',
      '错误 1 条',
      '✗ [size:main] 太大',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('lists the queried fields, marking those outside every index as filters only', () => {
    const withFields = buildPlan({
      config,
      packageVersion: '1.4.0',
      functions: {},
      indexes: {},
      indexedFields: [
        { collection: 'bookings', field: 'name', at: ['x.ts:1'], indexed: false },
        { collection: 'bookings', field: 'startsAt', at: ['x.ts:1'], indexed: true },
      ],
    })
    expect(formatPlan(withFields, [])).toContain('bookings: name（索引外）, startsAt')
  })
})
