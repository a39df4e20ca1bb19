/**
 * Checks the TC3-HMAC-SHA256 signature that node-sdk 3.17.2 puts on every request it sends, so that
 * the SDK endpoint answers only callers holding the secret key: the function workers, to which the
 * local cloud gives a fresh random key at each start.
 *
 * The scheme is @cloudbase/signature-nodejs 2.2.0's `tc3sign` (what node-sdk calls, read in the
 * installed package; its `sign` is called with method 'post', `withSignedParams: true`, service 'tcb'):
 *
 *   canonical request = method \n //host/path \n query \n canonical headers \n signed header names \n
 *                       sha256 of the body's parameters (`&key=value\r\n` for each, keys lowercased
 *                       and sorted, values JSON-stringified unless strings, empty ones skipped)
 *   string to sign    = TC3-HMAC-SHA256 \n timestamp \n date/tcb/tc3_request \n sha256(canonical request)
 *   key               = HMAC chain of 'TC3' + secret key over date, 'tcb', 'tc3_request'
 *
 * and the header `Authorization: TC3-HMAC-SHA256 Credential=<id>/<date>/tcb/tc3_request,
 * SignedParams=…, SignedHeaders=…, Signature=<hex>`, with the timestamp in `X-Timestamp`.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export interface SdkCredentials {
  secretId: string
  secretKey: string
}

/** How far a signature's timestamp may be from now: node-sdk sends `X-Signature-Expires: 600`. */
const MAX_SKEW_SECONDS = 600
const SERVICE = 'tcb'
const ALGORITHM = 'TC3-HMAC-SHA256'
const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{4}-\d{2}-\d{2})\/tcb\/tc3_request,(?: SignedParams=[^,]*,)? SignedHeaders=([a-z0-9;_-]+), Signature=([0-9a-f]{64})$/

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest()

/**
 * The signing key depends only on the secret key and the day: derived once per day (three HMACs, the
 * bulk of a check) instead of for every request. Kept with the credentials object and found by secret
 * key and day, so a key is never used to check a signature made with another secret; two are kept
 * (a request signed just before midnight may arrive just after).
 */
const signingKeys = new WeakMap<SdkCredentials, Map<string, Buffer>>()
function signingKey(credentials: SdkCredentials, date: string): Buffer {
  let derived = signingKeys.get(credentials)
  if (!derived) {
    derived = new Map()
    signingKeys.set(credentials, derived)
  }
  const name = `${date} ${credentials.secretKey}`
  let key = derived.get(name)
  if (!key) {
    key = hmac(hmac(hmac(`TC3${credentials.secretKey}`, date), SERVICE), 'tc3_request')
    derived.set(name, key)
    for (const old of derived.keys()) if (derived.size > 2) derived.delete(old)
  }
  return key
}
/** The signer's key order (SortedKeyValue sorts with localeCompare). */
const sorted = (keys: string[]) => [...keys].sort((l, r) => l.localeCompare(r))
/** The signer's key form: lowercased, trimmed, then encoded like COS does. */
const keyForm = (key: string) => encodeURIComponent(key.toLowerCase().trim()).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** The hash of the body's parameters, computed as the signer computes it. */
function paramsHash(params: Record<string, unknown>): string | undefined {
  const formatted: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (!key || value === undefined) continue
    const k = keyForm(key)
    // Two keys that sign alike would let one be swapped for the other unnoticed.
    if (Object.prototype.hasOwnProperty.call(formatted, k)) return undefined
    formatted[k] = typeof value === 'string' ? value.trim() : JSON.stringify(value).trim()
  }
  const hash = createHash('sha256')
  for (const key of sorted(Object.keys(formatted))) {
    if (!formatted[key]) continue
    hash.update(`&${key}=`)
    hash.update(formatted[key])
    hash.update('\r\n')
  }
  return hash.digest('hex')
}

/**
 * Whether `req` (whose JSON body is `params`) carries a valid signature made with `credentials` for
 * the endpoint at `host` (e.g. `127.0.0.1:40123`). `now` in milliseconds.
 */
export function verifySdkSignature(
  req: IncomingMessage,
  params: Record<string, unknown>,
  credentials: SdkCredentials,
  host: string,
  now = Date.now(),
): boolean {
  const match = AUTHORIZATION.exec(String(req.headers.authorization ?? ''))
  if (!match) return false
  const [, secretId, date, signedHeaderList, signature] = match
  // Every group of AUTHORIZATION is required, so a match has them all: the check only tells the types.
  if (date === undefined || signedHeaderList === undefined || signature === undefined) return false
  if (secretId !== credentials.secretId) return false

  const timestamp = Number(req.headers['x-timestamp'])
  if (!Number.isSafeInteger(timestamp) || Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS) return false
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) return false

  // The headers the SDK always signs must be among those signed: Host binds the signature to this endpoint.
  const signedHeaders = signedHeaderList.split(';')
  if (!signedHeaders.includes('host') || !signedHeaders.includes('content-type')) return false
  if (sorted(signedHeaders).join(';') !== signedHeaderList) return false
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const raw = req.headers[name]
      const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '')
      // The signer keeps content-type as given and lowercases every other value.
      return `${name}:${name === 'content-type' ? value : value.trim().toLowerCase()}\n`
    })
    .join('')

  const hashedParams = paramsHash(params)
  if (hashedParams === undefined) return false
  const [path, query = ''] = (req.url ?? '/').split(/\?(.*)/s)
  const method = (req.method ?? '').toLowerCase()
  const canonicalRequest = `${method}\n//${host}${path}\n${query}\n${canonicalHeaders}\n${signedHeaderList}\n${hashedParams}`
  const scope = `${date}/${SERVICE}/tc3_request`
  const stringToSign = `${ALGORITHM}\n${timestamp}\n${scope}\n${sha256(canonicalRequest)}`
  const expected = hmac(signingKey(credentials, date), stringToSign)
  // Constant time: how long a refusal takes says nothing about how close a forgery came.
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'))
}
