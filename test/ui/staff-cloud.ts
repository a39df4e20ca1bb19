import Taro from '@tarojs/taro'
import { SESSION_KEY } from '@/api/session'

/**
 * A fake local cloud for console components: `fetch` answers `/api/functions/<fn>` from a table of
 * `fn.action` handlers and remembers every call. An unknown action fails the test loudly.
 */
export type Handler = (data: Record<string, unknown>) => unknown

export class Refusal {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly status = 400,
  ) {}
}

export interface CloudCall {
  fn: string
  action: string
  data: Record<string, unknown>
}

export function fakeStaffCloud(handlers: Record<string, Handler>): CloudCall[] {
  const calls: CloudCall[] = []
  localStorage.clear()
  Taro.setStorageSync(SESSION_KEY, { token: 't1', openid: 'demo-admin' })
  global.fetch = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    // POST /api/subscriptions (the local stand-in of 允许) is `subscriptions.accept`; unless a test says
    // otherwise, every template asked for is accepted.
    if (String(url) === '/api/subscriptions') {
      const data = JSON.parse(String(init?.body)) as { templateIds: string[] }
      calls.push({ fn: 'subscriptions', action: 'accept', data })
      const handler = handlers['subscriptions.accept'] ?? (() => Object.fromEntries(data.templateIds.map((id) => [id, 'accept'])))
      return { status: 200, json: async () => ({ ok: true, data: handler(data) }) } as Response
    }
    const fn = String(url).replace('/api/functions/', '')
    const { action, data } = JSON.parse(String(init?.body)) as { action: string; data: Record<string, unknown> }
    calls.push({ fn, action, data })
    const handler = handlers[`${fn}.${action}`]
    if (!handler) throw new Error(`no fake for ${fn}.${action}`)
    const answer = handler(data)
    const body = answer instanceof Refusal ? { ok: false, error: { code: answer.code, message: answer.message } } : { ok: true, data: answer }
    return { status: answer instanceof Refusal ? answer.status : 200, json: async () => body } as Response
  }) as typeof fetch
  return calls
}

export const STATIONS = {
  items: [
    { stationId: 'st-chengguan', name: '城关派出所', address: '城关区民主路 88 号', phone: '0000-6110110' },
    { stationId: 'st-dongcheng', name: '东城派出所', address: '东城区东岗路 12 号', phone: '0000-6110120' },
  ],
}

export const ADMIN = { openid: 'demo-admin', role: 'admin' }
export const OFFICER = { openid: 'demo-officer', role: 'officer', officerId: 'of-wang', stationId: 'st-chengguan' }
