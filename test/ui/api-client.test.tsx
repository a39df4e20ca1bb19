import Taro from '@tarojs/taro'
import { ApiError, call } from '@/api'
import { SESSION_KEY } from '@/api/session'
import { first } from '../list-items'
import { type FakeAnswer, fakeFetch, type SentRequest } from './fake-fetch'

/**
 * The H5 client against a fake local cloud: `fetch` is replaced by a small router that answers
 * /api/login and /api/functions/<name> the way the gateway does.
 */
type Answer = FakeAnswer

let requests: SentRequest[]

function fakeCloud(handler: (request: SentRequest) => Answer | Promise<Answer>) {
  requests = fakeFetch(handler)
}

const ok = (data: unknown): Answer => ({ status: 200, body: { ok: true, data } })
const whoami = { openid: 'o-resident-1', role: 'resident' }
const logins = () => requests.filter((r) => r.url === '/api/login')
const calls = () => requests.filter((r) => r.url.startsWith('/api/functions/'))

beforeEach(() => {
  localStorage.clear()
})

describe('the API client in the H5 build', () => {
  it('logs in once, then calls the function with the token', async () => {
    fakeCloud(({ url }) => (url === '/api/login' ? ok({ token: 't1', openid: 'o-resident-1' }) : ok(whoami)))

    await expect(call('org', 'whoami', {})).resolves.toEqual(whoami)

    expect(logins()).toHaveLength(1)
    expect(first(logins()).body).toEqual({})
    expect(calls()).toEqual([{ url: '/api/functions/org', token: 't1', body: { action: 'whoami', data: {} } }])
  })

  it('keeps the session in Taro storage and reuses the token', async () => {
    fakeCloud(({ url }) => (url === '/api/login' ? ok({ token: 't1', openid: 'o-resident-1' }) : ok(whoami)))

    await call('org', 'whoami', {})
    await call('org', 'listStations', { limit: 10 })

    expect(Taro.getStorageSync(SESSION_KEY)).toEqual({ token: 't1', openid: 'o-resident-1' })
    expect(logins()).toHaveLength(1)
    expect(calls().map((r) => r.token)).toEqual(['t1', 't1'])
  })

  it('logs in only once when several calls start together', async () => {
    fakeCloud(({ url }) => (url === '/api/login' ? ok({ token: 't1', openid: 'o1' }) : ok({ items: [] })))

    await Promise.all([call('org', 'whoami', {}), call('org', 'listStations', {}), call('org', 'listOfficers', {})])

    expect(logins()).toHaveLength(1)
    expect(calls()).toHaveLength(3)
  })

  it('asks to log in again once when the token has expired', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 'expired', openid: 'o1' })
    fakeCloud(({ url, token }) => {
      if (url === '/api/login') return ok({ token: 'fresh', openid: 'o1' })
      if (token === 'expired') return { status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } } }
      return ok(whoami)
    })

    await expect(call('org', 'whoami', {})).resolves.toEqual(whoami)

    expect(logins()).toHaveLength(1)
    expect(calls().map((r) => r.token)).toEqual(['expired', 'fresh'])
    expect(Taro.getStorageSync(SESSION_KEY)).toEqual({ token: 'fresh', openid: 'o1' })
  })

  it('gives up after one new login if the fresh token is refused too', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 'expired', openid: 'o1' })
    fakeCloud(({ url }) =>
      url === '/api/login'
        ? ok({ token: 'fresh', openid: 'o1' })
        : { status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } } },
    )

    await expect(call('org', 'whoami', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' })
    expect(logins()).toHaveLength(1)
    expect(calls()).toHaveLength(2)
  })

  it('does not log in again for a 403: the caller is known, just not allowed', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 't1', openid: 'o1' })
    fakeCloud(() => ({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN', message: '需要民警身份' } } }))

    await expect(call('org', 'listOfficers', {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(logins()).toHaveLength(0)
  })

  it('turns an error answer into an ApiError with its code, message, retryAfter and field', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 't1', openid: 'o1' })
    fakeCloud(({ body }) => {
      const { action } = body as { action: string }
      if (action === 'createStation') {
        return { status: 400, body: { ok: false, error: { code: 'INVALID_ARGUMENT', message: '电话号码格式不正确', field: 'phone' } } }
      }
      return { status: 429, body: { ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试', retryAfter: 30 } } }
    })

    const invalid = await call('org', 'createStation', { name: '南关警务室', address: '南关街 1 号', phone: 'x' }).catch((e: unknown) => e)
    expect(invalid).toBeInstanceOf(ApiError)
    expect(invalid).toMatchObject({ code: 'INVALID_ARGUMENT', message: '电话号码格式不正确', field: 'phone' })

    const limited = await call('org', 'whoami', {}).catch((e: unknown) => e)
    expect(limited).toMatchObject({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试', retryAfter: 30 })
  })

  it('says the network is unavailable when the request cannot be sent', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 't1', openid: 'o1' })
    fakeCloud(() => {
      throw new TypeError('Failed to fetch')
    })

    const error = await call('org', 'whoami', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'INTERNAL', message: '网络不可用，请检查网络后重试' })
  })

  it('says the service is unavailable when the answer is not an envelope', async () => {
    fakeCloud(() => ({ status: 404, body: '<html>Not Found</html>' }))

    await expect(call('org', 'whoami', {})).rejects.toMatchObject({ code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' })
  })

  it('posts each function to its own address, with the action and its data', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 't1', openid: 'o1' })
    fakeCloud(() => ({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: '没有这个云函数' } } }))

    await expect(call('visits', 'listSessions', {})).rejects.toMatchObject({ code: 'NOT_FOUND', message: '没有这个云函数' })
    expect(calls()[0]).toEqual({ url: '/api/functions/visits', token: 't1', body: { action: 'listSessions', data: {} } })
  })
})
