import { createCloudAdmin, isAdminOnly, type ManagerNode, triggerCron } from '../../scripts/deploy/cloudbase'

/** A stand-in for @cloudbase/manager-node that records what the adapter asks; no network. */
function fakeManager(detail: () => Promise<Record<string, unknown>>) {
  const asked: unknown[] = []
  const manager: ManagerNode = {
    functions: {
      getFunctionDetail: async () => detail(),
      createFunction: async (param) => void asked.push(['createFunction', param]),
      updateFunctionConfig: async (func) => void asked.push(['updateFunctionConfig', func]),
      waitFunctionActive: async (name) => void asked.push(['waitFunctionActive', name]),
      deleteFunctionTrigger: async (name, triggerName) => void asked.push(['deleteFunctionTrigger', name, triggerName]),
    },
    commonService: () => ({ call: async (o) => (asked.push(['call', o]), { AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' }) }),
  }
  return { manager, asked }
}

describe('@cloudbase/manager-node adapter', () => {
  it('deletes a timer trigger by function and trigger name', async () => {
    const { manager, asked } = fakeManager(async () => ({}))
    await createCloudAdmin(manager, { envId: 'prod-1', appid: 'wx1234567890abcdef' }).deleteTrigger('community', 'daily')
    expect(asked).toEqual([['deleteFunctionTrigger', 'community', 'daily']])
  })

  it('creates a function with its runtime, timeout and variables, its code installed in the cloud, never overwriting one', async () => {
    const { manager, asked } = fakeManager(async () => ({}))
    await createCloudAdmin(manager, { envId: 'prod-1', appid: 'wx1234567890abcdef' }).createFunction({
      name: 'visits',
      runtime: 'Nodejs16.13',
      timeout: 20,
      variables: { A: '1' },
      codeRoot: '/repo/dist/cloudfunctions',
    })
    expect(asked).toEqual([
      [
        'createFunction',
        {
          func: {
            name: 'visits',
            runtime: 'Nodejs16.13',
            timeout: 20,
            envVariables: { A: '1' },
            handler: 'index.main',
            installDependency: true,
            ignore: ['node_modules', 'node_modules/**/*'],
          },
          functionRootPath: '/repo/dist/cloudfunctions',
          force: false,
        },
      ],
    ])
  })

  it('reads a function back: runtime, timeout, variables and timer triggers; a missing one is undefined, other errors throw', async () => {
    const answer = {
      Runtime: 'Nodejs16.13',
      Timeout: 20,
      Environment: { Variables: [{ Key: 'A', Value: '1' }] },
      Triggers: [
        { Type: 'timer', TriggerName: 'hourly', TriggerDesc: '{"cron":"0 5 * * * * *"}' },
        { Type: 'http', TriggerName: 'web', TriggerDesc: '{}' },
      ],
    }
    expect(await createCloudAdmin(fakeManager(async () => answer).manager, { envId: 'e', appid: 'a' }).getFunction('plates')).toEqual({
      runtime: 'Nodejs16.13',
      timeout: 20,
      variables: { A: '1' },
      triggers: { hourly: '0 5 * * * * *' },
    })
    const missing = fakeManager(async () => Promise.reject(Object.assign(new Error('函数不存在'), { code: 'ResourceNotFound.FunctionName' })))
    expect(await createCloudAdmin(missing.manager, { envId: 'e', appid: 'a' }).getFunction('x')).toBeUndefined()
    const denied = fakeManager(async () => Promise.reject(Object.assign(new Error('没有权限'), { code: 'AuthFailure.SecretIdNotFound' })))
    await expect(createCloudAdmin(denied.manager, { envId: 'e', appid: 'a' }).getFunction('x')).rejects.toThrow('没有权限')
  })

  it('updates only timeout and variables: there is no runtime to send', async () => {
    const { manager, asked } = fakeManager(async () => ({}))
    await createCloudAdmin(manager, { envId: 'e', appid: 'a' }).updateFunctionConfig({ name: 'org', timeout: 10, variables: { A: '1' } })
    expect(asked).toEqual([['updateFunctionConfig', { name: 'org', timeout: 10, envVariables: { A: '1' } }]])
  })

  it('sets a collection’s rule with ModifySafeRule (CUSTOM) and reads it with DescribeSafeRule, which needs the AppID', async () => {
    const { manager, asked } = fakeManager(async () => ({}))
    const admin = createCloudAdmin(manager, { envId: 'prod-1', appid: 'wx1234567890abcdef' })
    await admin.setCollectionRule('staff', '{"read":false,"write":false}')
    expect(await admin.getCollectionRule('staff')).toEqual({ aclTag: 'CUSTOM', rule: '{"read":false,"write":false}' })
    expect(asked).toEqual([
      ['call', { Action: 'ModifySafeRule', Param: { EnvId: 'prod-1', CollectionName: 'staff', AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' } }],
      ['call', { Action: 'DescribeSafeRule', Param: { EnvId: 'prod-1', CollectionName: 'staff', WxAppId: 'wx1234567890abcdef' } }],
    ])
  })

  it('counts as admin-only only a rule that lets no client read or write anything', () => {
    expect(isAdminOnly({ aclTag: 'CUSTOM', rule: '{"read":false,"write":false}' })).toBe(true)
    expect(isAdminOnly({ aclTag: 'CUSTOM', rule: '{ "read": false, "write": false }' })).toBe(true)
    expect(isAdminOnly({ aclTag: 'ADMINONLY' })).toBe(true)
    for (const rule of [
      { aclTag: 'PRIVATE' },
      { aclTag: 'ADMINWRITE' },
      { aclTag: 'READONLY' },
      { aclTag: 'CUSTOM', rule: '{"read":false,"write":"doc._openid == auth.openid"}' },
      { aclTag: 'CUSTOM', rule: '{"read":false,"write":false,"create":true}' },
      { aclTag: 'CUSTOM', rule: '{"read":false}' },
      { aclTag: 'CUSTOM', rule: 'not json' },
      { aclTag: 'CUSTOM' },
    ]) {
      expect([rule, isAdminOnly(rule)]).toEqual([rule, false])
    }
  })

  it('reads a timer trigger’s cron from either form of TriggerDesc', () => {
    expect(triggerCron('{"cron":"0 */5 * * * * *"}')).toBe('0 */5 * * * * *')
    expect(triggerCron('0 3 3 * * * *')).toBe('0 3 3 * * * *')
  })
})
