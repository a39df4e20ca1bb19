import Taro from '@tarojs/taro'
import { ApiError } from './errors'
import { readSession, saveSession, type Session } from './session'

/** What `POST /api/login` takes: `{}` for someone new, `{as}` for a link's identity, `{openid}` to renew. */
export type LoginRequest = { as?: string; openid?: string }

/**
 * `?as=<openid>` in a page URL of the H5 app: how the local cloud's start banner opens the console as
 * the demo admin or officer. Anyone can make such a link, so it is only a request: the gateway
 * honours it for the demo identities of a demo instance alone, and a browser that already has a
 * session is asked before it changes hands (session fixation: a link must not quietly sign a person
 * in as someone whose records the link's author can read). The real cloud has no such door.
 */
export function requestedIdentity(): string | undefined {
  if (typeof window === 'undefined') return undefined
  const query = window.location.hash.split('?')[1] ?? window.location.search.slice(1)
  const as = new URLSearchParams(query).get('as')
  return as && /^[A-Za-z0-9_-]{6,64}$/.test(as) ? as : undefined
}

/** How an identity is shown to the person: short enough to read, enough to tell two apart. */
export function shownIdentity(openid: string): string {
  return openid.length > 14 ? `${openid.slice(0, 6)}…${openid.slice(-4)}` : openid
}

/** Links already followed (or declined, or refused) in this page, by identity: each is settled once. */
const followed = new Map<string, Promise<void>>()

/** Asks for a session; does not keep it (the caller decides). */
type Login = (request: LoginRequest) => Promise<Session>

/** Signs in as someone new and keeps the session. */
async function newSession(login: Login): Promise<Session> {
  const session = await login({})
  saveSession(session)
  return session
}

/** The session to call with: the stored one, the link's identity if it may be taken, or someone new. */
export async function sessionFor(login: Login): Promise<Session> {
  const wanted = requestedIdentity()
  const stored = readSession()
  if (!wanted || stored?.openid === wanted) return stored ?? newSession(login)
  let following = followed.get(wanted)
  if (!following) {
    // Calls that start together share the one login and the one question.
    following = follow(wanted, stored, login).catch((error: unknown) => {
      followed.delete(wanted) // a network failure: the next call tries again
      throw error
    })
    followed.set(wanted, following)
  }
  await following
  return readSession() ?? newSession(login)
}

/**
 * The gateway first (so that no one is asked about a switch it would refuse), then the person, if the
 * browser already has a session.
 */
async function follow(wanted: string, stored: Session | null, login: Login): Promise<void> {
  let offered: Session
  try {
    offered = await login({ as: wanted })
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'FORBIDDEN') throw error
    // Not a demo identity, or not a demo instance: the page goes on as before, and says why.
    void Taro.showToast({ title: error.message, icon: 'none', duration: 3000 })
    return
  }
  if (stored) {
    const { confirm } = await Taro.showModal({
      title: '切换身份？',
      content: `这个链接要以「${shownIdentity(wanted)}」的身份登录。您现在的身份是「${shownIdentity(stored.openid)}」，切换后本浏览器不再以现在的身份登录。`,
      confirmText: '切换',
      cancelText: '保持当前',
    }).catch(() => ({ confirm: false }))
    if (!confirm) return
  }
  saveSession(offered)
}
