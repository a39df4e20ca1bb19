import type { LocalCloud } from '../../local/cloud'

/** A cloud function's answer as the gateway sends it (`data` when ok, `error` when not). */
export interface GatewayAnswer<T> {
  ok: boolean
  data: T
  error?: { code: string; message: string }
}

/**
 * Calls `fn.action` as `openid` through the gateway, as the H5 app does: with the bearer token the
 * local cloud issues at login. For arranging what a browser test then looks at, and for checking
 * what a page's action left behind.
 */
export async function answerAs<T = Record<string, unknown>>(
  cloud: LocalCloud,
  openid: string,
  fn: string,
  action: string,
  data: object,
): Promise<GatewayAnswer<T>> {
  const answer = await fetch(`${cloud.url}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cloud.tokens.issue(openid)}` },
    body: JSON.stringify({ action, data }),
  })
  return (await answer.json()) as GatewayAnswer<T>
}

/** The same, for arrangements that must work: a refusal fails the test with what the function said. */
export async function callAs<T = Record<string, unknown>>(cloud: LocalCloud, openid: string, fn: string, action: string, data: object): Promise<T> {
  const answer = await answerAs<T>(cloud, openid, fn, action, data)
  if (!answer.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(answer.error)}`)
  return answer.data
}
