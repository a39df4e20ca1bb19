import type { AddressInfo } from 'node:net'
import { PLATE_BOOT_PATH, PLATE_BOOT_SCRIPT } from '../../local/gateway/plate-page'
import { createGateway } from '../../local/gateway/server'
import { subscriptionGrants } from '../../local/gateway/subscriptions'
import { startTestCloud, type TestCloud } from './harness'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
})
afterAll(() => t.close())

const post = (path: string, body: string | object, headers: Record<string, string> = {}) =>
  fetch(`${t.cloud.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('the local cloud gateway', () => {
  it('says it is healthy once the store and the workers are up', async () => {
    const res = await fetch(`${t.cloud.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('logs a new person in with a fresh openid and a token that works', async () => {
    const login = (await (await post('/api/login', {})).json()) as { ok: true; data: { token: string; openid: string } }
    expect(login.data.openid).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    const res = await post('/api/functions/org', { action: 'whoami', data: {} }, { Authorization: `Bearer ${login.data.token}` })
    expect(await res.json()).toEqual({ ok: true, data: { openid: login.data.openid, role: 'resident' } })
  })

  it('logs in as a given openid, and refuses a malformed one', async () => {
    const ok = (await (await post('/api/login', { openid: 'someone-123' })).json()) as { data: { openid: string } }
    expect(ok.data.openid).toBe('someone-123')
    const bad = await post('/api/login', { openid: '../../etc' })
    expect(bad.status).toBe(400)
  })

  it('takes a link’s identity (`as`) only for a demo identity on a demo instance', async () => {
    // This instance is not a demo: no link names who signs in.
    const refused = await post('/api/login', { as: 'demo-admin' })
    expect(refused.status).toBe(403)
    expect(await refused.json()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '这不是演示实例，链接不能指定登录身份' } })

    const demo = createGateway({
      pool: () => undefined,
      tokens: t.cloud.tokens,
      staticDir: '/nonexistent',
      subscriptions: subscriptionGrants(t.cloud.db),
      demoIdentities: ['demo-admin', 'demo-officer'],
    })
    await new Promise<void>((done) => demo.listen(0, '127.0.0.1', done))
    try {
      const login = (body: object) =>
        fetch(`http://127.0.0.1:${(demo.address() as AddressInfo).port}/api/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      const ok = (await (await login({ as: 'demo-officer' })).json()) as { data: { token: string; openid: string } }
      expect(ok.data.openid).toBe('demo-officer')
      expect(t.cloud.tokens.verify(ok.data.token)).toBe('demo-officer')
      for (const as of ['test-admin-openid', 'someone-123', '', 42, ['demo-admin']]) {
        const res = await login({ as })
        expect([as, res.status]).toEqual([as, 403])
        expect(((await res.json()) as { error: { message: string } }).error.message).toBe('链接中的身份不是演示身份')
      }
    } finally {
      demo.closeAllConnections()
      await new Promise((done) => demo.close(done))
    }
  })

  it('runs a function with no identity when the token is forged', async () => {
    const token = t.cloud.tokens.issue('someone-123')
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`
    const res = await post('/api/functions/org', { action: 'whoami', data: {} }, { Authorization: `Bearer ${forged}` })
    expect(res.status).toBe(401)
  })

  it('answers bad JSON with INVALID_ARGUMENT', async () => {
    const res = await post('/api/functions/org', '{"action":')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求内容不是合法的 JSON' } })
  })

  it('refuses a body over 64 KB', async () => {
    const res = await post('/api/functions/org', { action: 'whoami', data: { pad: 'x'.repeat(70 * 1024) } })
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_ARGUMENT')
  })

  it('answers an unknown function with NOT_FOUND and an unknown action with INVALID_ARGUMENT', async () => {
    const fn = await post('/api/functions/nope', { action: 'x' })
    expect(fn.status).toBe(404)
    expect(((await fn.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND')
    const action = await post('/api/functions/org', { action: 'dropDatabase' })
    expect(action.status).toBe(400)
    expect(((await action.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'action' })
  })

  it('redirects a printed plate link to the H5 plate page, for HEAD as for GET', async () => {
    for (const method of ['GET', 'HEAD']) {
      const res = await fetch(`${t.cloud.url}/p/HK7M3Q`, { method, redirect: 'manual' })
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe('/#/pages/plate/index?code=HK7M3Q')
    }
  })

  it('answers malformed percent escapes in a URL with 400, not a 500', async () => {
    for (const path of ['/%E0%A4%A', '/p/%E0%A4%A', '/api/functions/%E0%A4%A']) {
      const res = await fetch(`${t.cloud.url}${path}`, { method: path.startsWith('/api/') ? 'POST' : 'GET', redirect: 'manual' })
      expect([path, res.status]).toEqual([path, 400])
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_ARGUMENT')
    }
  })

  it('serves the plate page’s loader as a script the page’s own policy lets run, cached for good', async () => {
    const res = await fetch(`${t.cloud.url}${PLATE_BOOT_PATH}`, { headers: { 'Accept-Encoding': 'identity' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('cache-control')).toContain('immutable')
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await res.text()).toBe(PLATE_BOOT_SCRIPT)
    expect((await fetch(`${t.cloud.url}${PLATE_BOOT_PATH}`, { method: 'HEAD' })).status).toBe(200)
  })

  it('serves a small favicon', async () => {
    const res = await fetch(`${t.cloud.url}/favicon.ico`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/x-icon')
    const icon = Buffer.from(await res.arrayBuffer())
    expect(icon.readUInt16LE(2)).toBe(1) // an icon file
    expect(icon.length).toBeLessThan(4096)
    expect((await fetch(`${t.cloud.url}/favicon.ico`, { method: 'HEAD' })).status).toBe(200)
  })

  it('refuses a body nested deeper than 400 levels, and keeps serving after a flood of them', async () => {
    // 8 KB: 4,000 nested arrays, sent without a token once more than there are workers.
    const deep = `{"action":"whoami","data":${'['.repeat(4000)}${']'.repeat(4000)}}`
    const answers = await Promise.all(Array.from({ length: t.cloud.pool.size + 1 }, () => post('/api/functions/org', deep)))
    for (const res of answers) {
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求内容嵌套过深（上限 400 层）' } })
    }
    const ordinary = await post('/api/functions/org', { action: 'listStations', data: {} })
    expect(ordinary.status).toBe(200)
    // 400 levels are still read, and reach the function (which refuses the odd field itself).
    const allowed = await post('/api/functions/org', `{"action":"listStations","data":{"x":${'['.repeat(398)}${']'.repeat(398)}}}`)
    expect(((await allowed.json()) as { error: { message: string } }).error.message).not.toMatch(/嵌套过深/)
  })

  it('tells the function the address the request came from', async () => {
    const seen: (string | undefined)[] = []
    const invoke = t.cloud.pool.invoke.bind(t.cloud.pool)
    t.cloud.pool.invoke = (name, event, openid, clientIp) => {
      seen.push(clientIp)
      return invoke(name, event, openid, clientIp)
    }
    try {
      await post('/api/functions/org', { action: 'whoami', data: {} })
    } finally {
      t.cloud.pool.invoke = invoke
    }
    expect(seen).toEqual([expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/)])
  })

  it('sends security headers with every answer', async () => {
    const res = await fetch(`${t.cloud.url}/healthz`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('keeps the SDK endpoint off the public port', async () => {
    const res = await post('/admin', { action: 'database.getDocument', collectionName: 'staff' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).not.toBe(200)
  })
})
