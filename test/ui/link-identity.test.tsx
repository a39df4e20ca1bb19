import Taro from '@tarojs/taro'
import { call } from '@/api'
import { SESSION_KEY } from '@/api/session'
import { fakeFetch, type SentRequest } from './fake-fetch'

/**
 * `?as=` links in the H5 app against a fake gateway: a link may sign a browser in only through the
 * gateway's `{as}` door (demo identities on a demo instance), and never takes over a session silently.
 */
let requests: SentRequest[]

/** A gateway that accepts `as` for the identities in `demo` and answers every function call. */
function fakeGateway(demo: string[]) {
  requests = fakeFetch((request) => {
    if (request.url !== '/api/login') return { status: 200, body: { ok: true, data: { openid: request.token, role: 'resident' } } }
    const login = (request.body ?? {}) as { as?: string; openid?: string }
    if (login.as !== undefined && !demo.includes(login.as)) {
      return { status: 403, body: { ok: false, error: { code: 'FORBIDDEN', message: '这不是演示实例，链接不能指定登录身份' } } }
    }
    const openid = login.as ?? login.openid ?? 'o-new-person-0000000001'
    return { status: 200, body: { ok: true, data: { token: `token-of-${openid}`, openid } } }
  })
}

const logins = () => requests.filter((r) => r.url === '/api/login').map((r) => r.body)
const tokens = () => requests.filter((r) => r.url.startsWith('/api/functions/')).map((r) => r.token)
const stored = () => Taro.getStorageSync(SESSION_KEY) as { openid: string }

let modal: jest.SpyInstance
let toast: jest.SpyInstance
beforeEach(() => {
  localStorage.clear()
  modal = jest.spyOn(Taro, 'showModal')
  toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => {
  jest.restoreAllMocks()
  window.location.hash = ''
})

describe('a ?as= link in the H5 app', () => {
  it('signs a browser without a session in as the demo identity it names, through the gateway’s as door', async () => {
    window.location.hash = '#/staff/index/index?as=demo-admin'
    fakeGateway(['demo-admin'])
    await call('org', 'whoami', {})
    expect(logins()).toEqual([{ as: 'demo-admin' }])
    expect(stored().openid).toBe('demo-admin')
    expect(modal).not.toHaveBeenCalled()
  })

  it('asks before replacing a session, shows who the person is, and keeps it when they say so', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 'token-of-me', openid: 'oMyOwnIdentity1234567890wxyz' })
    window.location.hash = '#/community/mediation/mine?as=demo-officer'
    fakeGateway(['demo-officer'])
    modal.mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })

    await Promise.all([call('org', 'whoami', {}), call('org', 'listStations', {})])
    await call('org', 'whoami', {})

    expect(modal).toHaveBeenCalledTimes(1)
    const question = modal.mock.calls[0][0] as { title: string; content: string; confirmText: string; cancelText: string }
    expect(question.title).toBe('切换身份？')
    expect(question.content).toContain('「demo-officer」')
    expect(question.content).toContain('「oMyOwn…wxyz」')
    expect(question.confirmText.length).toBeLessThanOrEqual(4)
    expect(question.cancelText.length).toBeLessThanOrEqual(4)
    // The gateway was asked first (it would have refused no demo identity), once; its session not kept.
    expect(logins()).toEqual([{ as: 'demo-officer' }])
    expect(tokens()).toEqual(['token-of-me', 'token-of-me', 'token-of-me'])
    expect(stored().openid).toBe('oMyOwnIdentity1234567890wxyz')
  })

  it('switches when the person agrees', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 'token-of-me', openid: 'oMyOwnIdentity1234567890wxyz' })
    window.location.hash = '#/staff/index/index?as=demo-resident'
    fakeGateway(['demo-resident'])
    modal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })

    await call('org', 'whoami', {})

    expect(logins()).toEqual([{ as: 'demo-resident' }])
    expect(tokens()).toEqual(['token-of-demo-resident'])
    expect(stored().openid).toBe('demo-resident')
  })

  it('does not sign in as a link’s identity the gateway refuses; says why and goes on as someone new', async () => {
    window.location.hash = '#/community/reports/new?as=attacker-openid'
    fakeGateway([])

    await call('org', 'whoami', {})

    expect(logins()).toEqual([{ as: 'attacker-openid' }, {}])
    expect(stored().openid).toBe('o-new-person-0000000001')
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '这不是演示实例，链接不能指定登录身份' }))
  })

  it('keeps a session the gateway refuses to replace, without asking the person anything', async () => {
    Taro.setStorageSync(SESSION_KEY, { token: 'token-of-me', openid: 'oMyOwnIdentity1234567890wxyz' })
    window.location.hash = '#/pages/index/index?as=someone-else'
    fakeGateway([])

    await call('org', 'whoami', {})
    await call('org', 'whoami', {})

    expect(modal).not.toHaveBeenCalled()
    expect(toast).toHaveBeenCalledTimes(1)
    expect(logins()).toEqual([{ as: 'someone-else' }])
    expect(tokens()).toEqual(['token-of-me', 'token-of-me'])
  })
})
