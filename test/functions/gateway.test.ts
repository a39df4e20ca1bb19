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

  it('redirects a printed plate link to the H5 plate page', async () => {
    const res = await fetch(`${t.cloud.url}/p/HK7M3Q`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/#/pages/plate/index?code=HK7M3Q')
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
