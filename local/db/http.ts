/**
 * The HTTP face of the emulator: the SDK endpoint the function workers talk to (mounted at `/admin`).
 *
 * What node-sdk 3.17.2 sends (verified against the installed SDK): `POST <TCB_CONTEXT_CNFG.URL>
 * ?env=<env>&seqId=<id>` with `content-type: application/json`, a TC3 `authorization` header signed
 * with TENCENTCLOUD_SECRETID/SECRETKEY (see ./sdk-signature), and a JSON body holding `action` plus
 * the action's parameters (and envName, wxCloudApiToken… which are ignored). It accepts only status
 * 200 with a JSON body: `{requestId, data}` on success, `{requestId, code, message}` on failure
 * (node-sdk throws a TcbError carrying `code`); any other status becomes an error `"<status> <text>"`.
 *
 * The endpoint holds every collection, so it answers only the workers: a request must carry a valid
 * signature made with the secret key of this start, name this endpoint as its Host (a page that
 * rebinds its own domain to 127.0.0.1 cannot), and look like no browser's (no Origin; JSON, which a
 * page can send elsewhere only after a preflight this endpoint never grants). Functions are not
 * invoked through it: events reach functions through the gateway, which passes only `{action, data}`,
 * and timers from the local cloud's own clock.
 */
import type { IncomingMessage, ServerResponse } from 'http'
import type { LocalDatabase } from './index'
import { newRequestId } from './protocol'
import { type SdkCredentials, verifySdkSignature } from './sdk-signature'
import { isPlainObject } from './values'

/** Who may use the endpoint: the credentials the workers sign with, and the endpoint's own `host:port`. */
export interface SdkAccess extends SdkCredentials {
  host: string
}

const MAX_BODY_BYTES = 16 * 1024 * 1024

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body larger than ${MAX_BODY_BYTES} bytes`))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Why a request is refused before its body is read, or undefined if it may go on. */
function refusal(req: IncomingMessage, access: SdkAccess): string | undefined {
  if (req.headers.host !== access.host) return 'the Host header does not name this endpoint'
  if (req.headers.origin !== undefined) return 'requests from web pages are refused'
  const [mediaType = ''] = String(req.headers['content-type'] ?? '').split(';')
  if (mediaType.trim().toLowerCase() !== 'application/json') return 'the SDK endpoint takes application/json only'
  return undefined
}

/** Answers one SDK request (any path under /admin) from a worker holding `access`'s key; refuses anyone else. Never throws. */
export async function handleSdkHttp(db: LocalDatabase, req: IncomingMessage, res: ServerResponse, access: SdkAccess): Promise<void> {
  try {
    if (req.method !== 'POST') {
      send(res, 405, { requestId: newRequestId(), code: 'INVALID_PARAM', message: 'the SDK endpoint takes POST only' })
      return
    }
    const refused = refusal(req, access)
    if (refused) {
      send(res, 403, { requestId: newRequestId(), code: 'PERMISSION_DENIED', message: refused })
      return
    }
    let body: unknown
    try {
      body = JSON.parse(await readBody(req))
    } catch (error) {
      send(res, 400, { requestId: newRequestId(), code: 'INVALID_PARAM', message: `body is not JSON: ${(error as Error).message}` })
      return
    }
    if (!isPlainObject(body) || !verifySdkSignature(req, body, access, access.host)) {
      send(res, 401, { requestId: newRequestId(), code: 'SIGN_PARAM_INVALID', message: 'the request is not signed with the credentials of this local cloud' })
      return
    }
    if (typeof body.action !== 'string') {
      send(res, 200, { requestId: newRequestId(), code: 'INVALID_PARAM', message: 'body must be a JSON object with an action' })
      return
    }
    if (body.action.startsWith('database.')) {
      send(res, 200, await db.handle(body))
    } else {
      // functions.invokeFunction included: no function here calls another, and a function invoked
      // through this endpoint could be handed any event, a forged timer's among them.
      send(res, 200, { requestId: newRequestId(), code: 'INVALID_ACTION', message: `action ${body.action} is not available in the local cloud` })
    }
  } catch (error) {
    if (!res.headersSent) send(res, 500, { requestId: newRequestId(), code: 'SYS_ERR', message: (error as Error).message })
    else res.destroy()
  }
}
