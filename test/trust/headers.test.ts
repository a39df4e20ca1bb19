/**
 * The gateway's security headers on every kind of answer (API, errors, redirects, the app's files),
 * and its tokens: expiring, bound to their secret.
 */
import { newUser, startTestCloud, type TestCloud } from '../functions/harness'
import { present } from '../list-items'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
})
afterAll(() => t.close())

const expectSecure = (res: Response) => {
  const csp = res.headers.get('content-security-policy') ?? ''
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/)
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('x-frame-options')).toBe('DENY')
}

it('sends the security headers with every kind of answer', async () => {
  const answers = await Promise.all([
    fetch(`${t.cloud.url}/healthz`),
    fetch(`${t.cloud.url}/api/functions/org`, { method: 'POST', body: JSON.stringify({ action: 'listStations', data: {} }) }),
    fetch(`${t.cloud.url}/api/functions/org`, { method: 'POST', body: '{not json' }),
    fetch(`${t.cloud.url}/api/functions/no-such-function`, { method: 'POST', body: '{}' }),
    fetch(`${t.cloud.url}/api/login`, { method: 'POST', body: '{}' }),
    fetch(`${t.cloud.url}/p/NGSQ234X`, { redirect: 'manual' }),
    fetch(`${t.cloud.url}/`),
    fetch(`${t.cloud.url}/no-such-file.js`),
  ])
  expect(answers[5].status).toBe(302)
  for (const res of answers) expectSecure(res)
})

it('runs a call with an expired or forged token with no identity', async () => {
  const openid = newUser()
  const good = t.cloud.tokens.issue(openid)
  const [payload, mac] = good.split('.')
  const claims = JSON.parse(Buffer.from(present(payload, 'a token payload'), 'base64url').toString()) as { sub: string; exp: number }
  const expired = `${Buffer.from(JSON.stringify({ ...claims, exp: Date.now() - 1000 })).toString('base64url')}.${mac}`
  const forged = `${Buffer.from(JSON.stringify({ ...claims, sub: 'test-admin-openid' })).toString('base64url')}.${mac}`
  const whoami = (token: string) =>
    fetch(`${t.cloud.url}/api/functions/org`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ action: 'whoami', data: {} }),
    }).then((r) => r.status)
  expect(await whoami(good)).toBe(200)
  expect(await whoami(expired)).toBe(401)
  expect(await whoami(forged)).toBe(401)
  expect(await whoami(`${payload}.`)).toBe(401)
})
