import { buildEnv, parseArgs, resolveConfig, TEMPLATE_KEYS, validateConfig, type DeployConfig } from '../../scripts/deploy/config'
import { first } from '../list-items'

const complete: DeployConfig = {
  appid: 'wx1234567890abcdef',
  envId: 'prod-7g3k2a',
  privateKeyPath: 'keys/private.wx1234567890abcdef.key',
  templates: {
    reminder: 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9',
    cancelled: 'Zy8Xw6Vu4Ts2Rq0Po8Nm6Lk4Ji2Hg0Fe8Dc6Ba4Zy2',
    requestAnswered: 'Qw1Er2Ty3Ui4Op5As6Df7Gh8Jk9Lz0Xc1Vb2Nm3Qw4',
    reportStatus: 'Mn0Bv9Cx8Zl7Kj6Hg5Fd4Sa3Po2Iu1Yt0Re9Wq8Mn7',
    mediationStatus: 'Lk9Jh8Gf7Ds6Ap5Oi4Uy3Tr2Ew1Qz0Xc9Vb8Nm7Lk6',
    messageReply: 'Pq7Rs6Tu5Vw4Xy3Za2Bc1De0Fg9Hi8Jk7Lm6No5Pq4',
  },
  firstAdminOpenid: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0',
  robot: 1,
  functionEnv: { JMT_REMIND_BEFORE_MINUTES: '90' },
  functionRuntime: 'Nodejs16.13',
  appSecret: 'secret-from-env',
  tencentCloud: { secretId: 'AKIDexample0001', secretKey: 'key-from-env' },
  district: { phone: '0931-8412110', phoneName: '城关公安分局值班电话' },
}
const real = { dryRun: false, setup: true, fileExists: () => true }
const dry = { dryRun: true, setup: false, fileExists: () => true }

describe('deploy configuration', () => {
  it('accepts a complete configuration', () => {
    expect(validateConfig(complete, real)).toEqual([])
  })

  it.each([
    ['appid', 'AppID', '开发设置'],
    ['envId', '云开发环境 ID', '--env'],
    ['privateKeyPath', '代码上传密钥', '小程序代码上传'],
    ['firstAdminOpenid', 'OPENID', 'DEPLOY_ADMIN_OPENID'],
    ['appSecret', 'AppSecret', 'WX_APP_SECRET'],
    ['tencentCloud', '腾讯云 API 密钥', 'TENCENTCLOUD_SECRETID'],
    ['district', '辖区公安机关的公开电话', 'DEPLOY_DISTRICT_PHONE'],
  ] as const)('explains a missing %s: what it is and where to find and give it', (key, what, where) => {
    const findings = validateConfig({ ...complete, [key]: undefined }, real)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', subject: key })
    expect(first(findings).message).toContain(what)
    expect(first(findings).message).toContain(where)
  })

  it('explains each missing subscribe-message template by its purpose', () => {
    const findings = validateConfig({ ...complete, templates: { reminder: complete.templates.reminder } }, real)
    expect(findings.map((f) => f.subject)).toEqual(TEMPLATE_KEYS.filter((k) => k !== 'reminder').map((k) => `templates.${k}`))
    expect(first(findings).message).toContain('订阅消息')
    expect(findings.every((f) => f.severity === 'error')).toBe(true)
  })

  it('rejects malformed values', () => {
    const findings = validateConfig({ ...complete, appid: 'wx123', envId: 'has space', robot: 31, functionRuntime: 'node16' }, real)
    expect(findings.map((f) => f.subject).sort()).toEqual(['appid', 'envId', 'functionRuntime', 'robot'])
  })

  it('accepts only runtimes the Node 16 bundles run on: a runtime cannot be changed once a function exists', () => {
    expect(validateConfig({ ...complete, functionRuntime: 'Nodejs18.15' }, real)).toEqual([])
    for (const runtime of ['Nodejs8.9', 'Nodejs10.15', 'Nodejs12.16', 'Nodejs20.0']) {
      const findings = validateConfig({ ...complete, functionRuntime: runtime }, dry)
      expect(findings).toEqual([expect.objectContaining({ subject: 'functionRuntime', severity: 'error' })])
      expect(first(findings).message).toContain('Nodejs16.13 或 Nodejs18.15')
    }
  })

  it('refuses function variables that are not names, or that the templates already set', () => {
    const findings = validateConfig({ ...complete, functionEnv: { 'bad-name': '1', JMT_TEMPLATE_VISIT_REMINDER: 'x' } }, real)
    expect(findings.map((f) => f.subject)).toEqual(['functionEnv.bad-name', 'functionEnv.JMT_TEMPLATE_VISIT_REMINDER'])
  })

  it('in a dry run, only warns about what the upload alone needs: the key file, the AppSecret, example values', () => {
    const example = {
      ...complete,
      appid: 'wx0000000000000000',
      appSecret: undefined,
      tencentCloud: undefined,
      firstAdminOpenid: 'o-example-first-admin-openid',
    }
    const findings = validateConfig(example, { ...dry, fileExists: () => false })
    expect(findings.map((f) => [f.subject, f.severity]).sort()).toEqual([
      ['appSecret', 'warning'],
      ['appid', 'warning'],
      ['firstAdminOpenid', 'warning'],
      ['privateKeyPath', 'warning'],
      ['tencentCloud', 'warning'],
    ])
    const forReal = validateConfig(example, { ...real, fileExists: () => false })
    expect(forReal.every((f) => f.severity === 'error')).toBe(true)
    expect(forReal).toHaveLength(5)
  })

  it('builds the district public police number into the mini-program, and refuses a service number or the example', () => {
    expect(buildEnv(complete)).toMatchObject({ TARO_APP_DISTRICT_PHONE: '0931-8412110', TARO_APP_DISTRICT_PHONE_NAME: '城关公安分局值班电话' })
    expect(resolveConfig({ district: { phone: '0931-8412110', phoneName: '值班电话' } }, { DEPLOY_DISTRICT_PHONE: '0931-8412111' }, {}).district).toEqual({
      phone: '0931-8412111',
      phoneName: '值班电话',
    })
    expect(validateConfig({ ...complete, district: { phone: '12345', phoneName: '热线' } }, real)).toEqual([
      expect.objectContaining({ subject: 'district', severity: 'error' }),
    ])
    expect(validateConfig({ ...complete, district: { phone: '0000-6110000', phoneName: '示例' } }, dry)).toEqual([
      expect.objectContaining({ subject: 'district', severity: 'warning' }),
    ])
    expect(validateConfig({ ...complete, district: { phone: '0000-6110000', phoneName: '示例' } }, real)).toEqual([
      expect.objectContaining({ subject: 'district', severity: 'error' }),
    ])
  })

  it('a dry run still fails on a value that is missing altogether', () => {
    expect(validateConfig({ ...complete, appid: undefined }, dry)).toEqual([expect.objectContaining({ subject: 'appid', severity: 'error' })])
  })

  it('needs the first admin only for --setup (and the dry run that checks everything)', () => {
    expect(validateConfig({ ...complete, firstAdminOpenid: undefined }, { ...real, setup: false })).toEqual([])
  })

  it('takes environment variables over the file and --env over both', () => {
    const file = {
      appid: 'wx1111111111111111',
      envId: 'from-file',
      templates: { reminder: 'file-reminder-id' },
      robot: 2,
      functionEnv: { JMT_REMIND_BEFORE_MINUTES: 90 },
    }
    const config = resolveConfig(
      file,
      { DEPLOY_APPID: 'wx2222222222222222', DEPLOY_ENV: 'from-env', DEPLOY_TEMPLATE_REQUEST_ANSWERED: 'env-answer-id', WX_APP_SECRET: 's' },
      { env: 'from-cli' },
    )
    expect(config).toMatchObject({ appid: 'wx2222222222222222', envId: 'from-cli', robot: 2, appSecret: 's', functionRuntime: 'Nodejs16.13' })
    expect(config.functionEnv).toEqual({ JMT_REMIND_BEFORE_MINUTES: '90' })
    expect(config.templates).toEqual({ reminder: 'file-reminder-id', requestAnswered: 'env-answer-id' })
    expect(resolveConfig(file, { DEPLOY_ENV: 'from-env' }, {}).envId).toBe('from-env')
    expect(resolveConfig({ appSecret: 'in-the-file' }, {}, {}).appSecret).toBeUndefined()
    // the Tencent Cloud key, like the AppSecret, only from the environment, and only as a pair
    expect(resolveConfig({ tencentCloud: { secretId: 'x', secretKey: 'y' } }, {}, {}).tencentCloud).toBeUndefined()
    expect(resolveConfig({}, { TENCENTCLOUD_SECRETID: 'id' }, {}).tencentCloud).toBeUndefined()
    expect(resolveConfig({ region: 'ap-guangzhou' }, { TENCENTCLOUD_SECRETID: 'id', TENCENTCLOUD_SECRETKEY: 'key' }, {})).toMatchObject({
      tencentCloud: { secretId: 'id', secretKey: 'key' },
      region: 'ap-guangzhou',
    })
  })

  it('parses the command line and refuses unknown flags', () => {
    expect(parseArgs(['--env', 'prod-1', '--dry-run'])).toMatchObject({ env: 'prod-1', dryRun: true, setup: false })
    expect(parseArgs(['--env=prod-2', '--setup', '--demo'])).toMatchObject({ env: 'prod-2', setup: true, demo: true })
    expect(() => parseArgs(['--env'])).toThrow('--env')
    expect(() => parseArgs(['--force'])).toThrow('--force')
    // an unindexed query is always an error now: the old opt-in flag is gone
    expect(() => parseArgs(['--strict-indexes'])).toThrow('--strict-indexes')
  })
})
