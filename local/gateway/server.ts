import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { openid as openidSchema } from '../../types/common'
import type { Envelope } from '../../types/envelope'
import { type ErrorBody, HTTP_STATUS, isErrorCode } from '../../types/errors'
import { PLATE_LINK_PATH } from '../../types/plate-page'
import { FunctionFailed, type FunctionPool, UnknownFunction } from '../functions/pool'
import { bearerToken, decodePathSegment, readJsonBody, RequestError, requestPath, sendError, sendJson } from './http'
import { sendFavicon } from './favicon'
import { PLATE_BOOT_PATH, servePlateBoot, servePlatePage } from './plate-page'
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
  /** The OPENIDs a `?as=` link may sign the H5 app in as: the demo's on a demo instance, none otherwise. */
  demoIdentities: readonly string[]
}

/**
 * The local cloud's public face (README.md, "The local cloud"): health, the stand-in login,
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
  const pathname = requestPath(req)
  const method = req.method ?? 'GET'

  const pool = options.pool()
  if (pathname === '/healthz' && method === 'GET') {
    return pool ? sendJson(res, 200, { ok: true }) : sendJson(res, 503, { ok: false, error: { code: 'INTERNAL', message: '本地云正在启动' } })
  }

  if (pathname === '/api/login') {
    if (method !== 'POST') throw new RequestError('INVALID_ARGUMENT', '请使用 POST', 405)
    const id = loginIdentity(options, await readJsonBody(req))
    return sendJson(res, 200, { ok: true, data: { token: options.tokens.issue(id), openid: id } })
  }

  if (pathname === '/api/subscriptions') return acceptSubscriptions(options.subscriptions, options.tokens, req, res)

  const fn = /^\/api\/functions\/([^/]+)$/.exec(pathname)?.[1]
  if (fn !== undefined) {
    if (method !== 'POST') throw new RequestError('INVALID_ARGUMENT', '请使用 POST', 405)
    if (!pool) throw new RequestError('INTERNAL', '本地云正在启动，请稍后再试', 503)
    return callFunction(pool, options.tokens, decodePathSegment(fn), req, res)
  }

  const plate = PLATE_LINK_PATH.exec(pathname)?.[1]
  // HEAD answers as GET does, without a body (RFC 9110 §9.3.2): link checkers and previews use it.
  if (plate !== undefined && (method === 'GET' || method === 'HEAD')) {
    return servePlatePage(pool, options.staticDir, decodePathSegment(plate), res)
  }

  if (pathname === '/favicon.ico' && (method === 'GET' || method === 'HEAD')) return sendFavicon(req, res)
  if (pathname === PLATE_BOOT_PATH && (method === 'GET' || method === 'HEAD')) return servePlateBoot(res)

  if (pathname.startsWith('/api/')) throw new RequestError('NOT_FOUND', '没有这个接口')
  if (method !== 'GET' && method !== 'HEAD') throw new RequestError('INVALID_ARGUMENT', '请使用 GET', 405)
  serveStatic(options.staticDir, req, res)
}

/**
 * Whom `POST /api/login` signs in: `{openid}` as asked (the stand-in for WeChat login, for tests and
 * tools), `{as}` only as one of the demo identities on a demo instance (what a `?as=` link in the H5
 * app sends: a link someone else made must not sign a browser in as whoever they like), `{}` as
 * someone new.
 */
function loginIdentity(options: GatewayOptions, body: Record<string, unknown>): string {
  if (body.as !== undefined) {
    if (typeof body.as !== 'string' || !options.demoIdentities.includes(body.as)) {
      throw new RequestError('FORBIDDEN', options.demoIdentities.length ? '链接中的身份不是演示身份' : '这不是演示实例，链接不能指定登录身份')
    }
    return body.as
  }
  if (body.openid === undefined) return newOpenid()
  const openid = openidSchema.safeParse(body.openid)
  if (!openid.success) throw new RequestError('INVALID_ARGUMENT', 'openid 格式不正确')
  return openid.data
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
    // The address the request came from, for getWXContext().CLIENTIP: functions limit callers without
    // a token per address. The socket's peer, not X-Forwarded-For, which any client can write.
    result = await pool.invoke(name, event, openid, req.socket.remoteAddress)
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
