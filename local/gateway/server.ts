import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { openid as openidSchema } from '../../types/common'
import type { Envelope } from '../../types/envelope'
import { type ErrorBody, HTTP_STATUS, isErrorCode } from '../../types/errors'
import { FunctionFailed, type FunctionPool, UnknownFunction } from '../functions/pool'
import { bearerToken, readJsonBody, RequestError, SECURITY_HEADERS, sendError, sendJson } from './http'
import { serveStatic } from './static'
import { acceptSubscriptions, type SubscriptionGrants } from './subscriptions'
import { newOpenid, type TokenIssuer } from './tokens'

export interface GatewayOptions {
  /** The worker pool, once it is up; until then every request but the static app answers 503. */
  pool(): FunctionPool | undefined
  tokens: TokenIssuer
  /** The H5 build to serve at `/`. */
  staticDir: string
  /** Where POST /api/subscriptions records accepted subscribe-message templates. */
  subscriptions: SubscriptionGrants
}

/**
 * The local cloud's public face, as ARCHITECTURE.md's table has it: health, the stand-in login,
 * function calls with a bearer token, plate QR links and the H5 app.
 */
export function createGateway(options: GatewayOptions): Server {
  return createServer((req, res) => {
    route(options, req, res).catch((error: unknown) => {
      if (error instanceof RequestError) return sendError(res, { code: error.code, message: error.message }, error.status)
      console.error('[gateway]', error)
      if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' })
      else res.destroy()
    })
  })
}

async function route(options: GatewayOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { pathname } = new URL(req.url ?? '/', 'http://local')
  const method = req.method ?? 'GET'

  const pool = options.pool()
  if (pathname === '/healthz' && method === 'GET') {
    return pool ? sendJson(res, 200, { ok: true }) : sendJson(res, 503, { ok: false, error: { code: 'INTERNAL', message: '本地云正在启动' } })
  }

  if (pathname === '/api/login') {
    if (method !== 'POST') throw new RequestError('INVALID_ARGUMENT', '请使用 POST', 405)
    const body = await readJsonBody(req)
    const openid = body.openid === undefined ? newOpenid() : openidSchema.safeParse(body.openid)
    if (typeof openid === 'object' && !openid.success) throw new RequestError('INVALID_ARGUMENT', 'openid 格式不正确')
    const id = typeof openid === 'string' ? openid : openid.data
    return sendJson(res, 200, { ok: true, data: { token: options.tokens.issue(id), openid: id } })
  }

  if (pathname === '/api/subscriptions') return acceptSubscriptions(options.subscriptions, options.tokens, req, res)

  const fn = /^\/api\/functions\/([^/]+)$/.exec(pathname)
  if (fn) {
    if (method !== 'POST') throw new RequestError('INVALID_ARGUMENT', '请使用 POST', 405)
    if (!pool) throw new RequestError('INTERNAL', '本地云正在启动，请稍后再试', 503)
    return callFunction(pool, options.tokens, decodeURIComponent(fn[1]), req, res)
  }

  const plate = /^\/p\/([^/]{1,64})$/.exec(pathname)
  if (plate && method === 'GET') {
    const code = encodeURIComponent(decodeURIComponent(plate[1]))
    res.writeHead(302, { ...SECURITY_HEADERS, Location: `/#/pages/plate/index?code=${code}` })
    return void res.end()
  }

  if (pathname.startsWith('/api/')) throw new RequestError('NOT_FOUND', '没有这个接口')
  if (method !== 'GET' && method !== 'HEAD') throw new RequestError('INVALID_ARGUMENT', '请使用 GET', 405)
  serveStatic(options.staticDir, req, res)
}

async function callFunction(pool: FunctionPool, tokens: TokenIssuer, name: string, req: IncomingMessage, res: ServerResponse) {
  if (!pool.has(name)) throw new RequestError('NOT_FOUND', `这项服务暂未开通（${name}）`)
  const body = await readJsonBody(req)
  // Only what a mini-program's callFunction can carry reaches the function: no platform events.
  const event = { action: body.action, data: body.data }
  const token = bearerToken(req)
  // A missing or bad token is not refused here: the function runs with no OPENID and decides.
  const openid = token ? tokens.verify(token) : undefined
  let result: unknown
  try {
    result = await pool.invoke(name, event, openid)
  } catch (error) {
    if (error instanceof UnknownFunction) throw new RequestError('NOT_FOUND', `这项服务暂未开通（${name}）`)
    if (error instanceof FunctionFailed) return sendError(res, { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' })
    throw error
  }
  const envelope = asEnvelope(result)
  sendJson(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope)
}

/** A function that answers something other than the envelope is a bug; say INTERNAL, not its answer. */
function asEnvelope(result: unknown): Envelope<unknown> {
  const r = result as Partial<{ ok: boolean; data: unknown; error: { code: unknown; message: unknown } }> | null
  if (r && r.ok === true) return { ok: true, data: r.data }
  if (r && r.ok === false && r.error && isErrorCode(r.error.code) && typeof r.error.message === 'string') {
    return { ok: false, error: r.error as ErrorBody }
  }
  console.error('[gateway] a function answered outside the envelope')
  return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }
}
