import { ApiError, NETWORK_MESSAGE, SERVICE_MESSAGE, unwrapEnvelope } from './errors'
import { type LoginRequest, sessionFor } from './link-identity'
import { clearSession, saveSession, type Session } from './session'
import type { Transport } from './transport'

/**
 * The H5 build talks to the local cloud's gateway: `POST /api/login` once for a token, then
 * `POST /api/functions/<fn>` with `Authorization: Bearer <token>`.
 */
let pendingLogin: Promise<Session> | null = null

/** Asks the gateway for a session; keeping it is the caller's choice. */
function login(request: LoginRequest): Promise<Session> {
  // Calls that start together share one login.
  if (!pendingLogin) {
    pendingLogin = postJson('/api/login', request)
      .then(({ body }) => {
        const data = unwrapEnvelope<Partial<Session>>(body)
        if (typeof data?.token !== 'string' || typeof data.openid !== 'string') {
          throw new ApiError('INTERNAL', SERVICE_MESSAGE)
        }
        return { token: data.token, openid: data.openid }
      })
      .finally(() => {
        pendingLogin = null
      })
  }
  return pendingLogin
}

async function postJson(path: string, payload: unknown, token?: string): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetch(`${API_BASE}${path}`, { method: 'POST', headers, body: JSON.stringify(payload) })
  } catch {
    throw new ApiError('INTERNAL', NETWORK_MESSAGE)
  }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON (an HTML error page, an empty answer): unwrapEnvelope reports it as a service failure.
  }
  return { status: response.status, body }
}

function isExpiredToken(status: number, body: unknown): boolean {
  if (status !== 401 || !body || typeof body !== 'object') return false
  const error = (body as { error?: { code?: unknown } }).error
  return error?.code === 'UNAUTHENTICATED'
}

/** POSTs to the gateway as the signed-in person and answers the envelope's data. */
async function postSignedIn(path: string, payload: unknown): Promise<unknown> {
  const session = await sessionFor(login)
  const first = await postJson(path, payload, session.token)
  if (!isExpiredToken(first.status, first.body)) return unwrapEnvelope(first.body)

  // The local cloud forgot the token (restarted with a fresh store): log in again, once.
  clearSession()
  const renewed = await login({ openid: session.openid })
  saveSession(renewed)
  const second = await postJson(path, payload, renewed.token)
  return unwrapEnvelope(second.body)
}

export const h5Transport: Transport = (fn, action, input) => postSignedIn(`/api/functions/${encodeURIComponent(fn)}`, { action, data: input })
