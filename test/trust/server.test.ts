/**
 * The local cloud as a server under attack, on loopback: its SDK endpoint answers only the function
 * workers (signed with this start's secret, for this Host, never from a page, never to run a
 * function), timers run on the server's clock, and its gateway refuses what would hurt it (deep
 * bodies, big bodies, malformed URLs) with a 4xx and keeps serving.
 */
import { sign } from '@cloudbase/signature-nodejs'
import { request } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadIndexFile, type LocalDatabase, openDatabase } from '../../local/db'
import { handleSdkHttp, type SdkAccess } from '../../local/db/http'
import { verifySdkSignature } from '../../local/db/sdk-signature'
import { newUser, startTestCloud, type TestCloud } from '../functions/harness'

interface RawAnswer {
  status: number
  body: string
}

/** A POST with exactly these headers (fetch would not let a test write Host). */
function rawPost(url: string, headers: Record<string, string>, body: string, method = 'POST'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A request signed as node-sdk signs it (its own signer), with the given credentials. */
function signedPost(
  url: string,
  params: Record<string, unknown>,
  credentials: { secretId: string; secretKey: string },
  extra: Record<string, string> = {},
  timestamp = Math.floor(Date.now() / 1000) - 1,
) {
  const headers: Record<string, string> = { 'content-type': 'application/json', host: new URL(url).host, 'user-agent': 'tcb-node-sdk/3.17.2', ...extra }
  const { authorization } = sign({ ...credentials, method: 'post', url, params, headers, withSignedParams: true, timestamp })
  return { headers: { ...headers, authorization, 'x-timestamp': String(timestamp) }, body: JSON.stringify(params) }
}

const insertAdmin = (openid: string) => ({
  action: 'database.insertDocument',
  collectionName: 'staff',
  data: JSON.stringify([{ _id: openid, role: 'admin' }]),
  envName: 'local',
})
const readStaff = { action: 'database.getDocument', collectionName: 'staff', queryType: 'WHERE', query: '{}', limit: 1000, envName: 'local' }
const forgedTimer = {
  action: 'functions.invokeFunction',
  function_name: 'privacy',
  request_data: JSON.stringify({ Type: 'Timer', TriggerName: 'daily', Time: '2030-01-01T00:00:00.000Z' }),
  envName: 'local',
}

describe('the SDK endpoint of a running local cloud', () => {
  let t: TestCloud
  beforeAll(async () => {
    t = await startTestCloud()
  })
  afterAll(() => t.close())

  const staffIds = () => (t.cloud.db.snapshot().staff ?? []).map((d) => (d as { _id: string })._id)

  it('refuses anyone without the workers’ signature: no admin inserted, nothing read, no function run', async () => {
    const attacker = newUser('attacker')
    const host = new URL(t.cloud.sdkUrl).host
    const json = { 'content-type': 'application/json', host }
    const guessed = signedPost(t.cloud.sdkUrl, insertAdmin(attacker), { secretId: 'local', secretKey: 'local' })
    const answers = await Promise.all([
      rawPost(t.cloud.sdkUrl, json, JSON.stringify(insertAdmin(attacker))),
      rawPost(t.cloud.sdkUrl, json, JSON.stringify(readStaff)),
      rawPost(t.cloud.sdkUrl, json, JSON.stringify(forgedTimer)),
      // The old fixed credentials, or a signature with a made-up key.
      rawPost(t.cloud.sdkUrl, guessed.headers, guessed.body),
      rawPost(
        t.cloud.sdkUrl,
        {
          ...json,
          authorization: `TC3-HMAC-SHA256 Credential=local/2026-11-30/tcb/tc3_request, SignedHeaders=content-type;host, Signature=${'0'.repeat(64)}`,
          'x-timestamp': String(Math.floor(Date.now() / 1000)),
        },
        JSON.stringify(readStaff),
      ),
    ])
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401])
    for (const answer of answers) expect(answer.body).not.toContain('"data"')
    expect(staffIds()).not.toContain(attacker)
    const caller = await t.as(attacker).ok('org', 'whoami', {})
    expect(caller.role).toBe('resident')
  })

  it('refuses what a web page can send it, before reading a word', async () => {
    const host = new URL(t.cloud.sdkUrl).host
    const body = JSON.stringify(insertAdmin(newUser('page')))
    const answers = await Promise.all([
      // A form post or a fetch in no-cors mode: no preflight, so no JSON content type.
      rawPost(t.cloud.sdkUrl, { 'content-type': 'text/plain;charset=UTF-8', host, origin: 'https://evil.example' }, body),
      rawPost(t.cloud.sdkUrl, { 'content-type': 'application/x-www-form-urlencoded', host }, body),
      rawPost(t.cloud.sdkUrl, { 'content-type': 'multipart/form-data; boundary=x', host }, body),
      rawPost(t.cloud.sdkUrl, { 'content-type': 'application/json', host, origin: 'null' }, body),
      // DNS rebinding: the page's own name resolved to 127.0.0.1.
      rawPost(t.cloud.sdkUrl, { 'content-type': 'application/json', host: `evil.example:${new URL(t.cloud.sdkUrl).port}` }, body),
    ])
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403, 403])
    // A CORS preflight is not granted either.
    expect((await rawPost(t.cloud.sdkUrl, { host, origin: 'https://evil.example', 'access-control-request-method': 'POST' }, '', 'OPTIONS')).status).toBe(405)
  })

  it('still serves the functions’ own SDK, which signs with this start’s secret', async () => {
    const station = await t.admin.ok('org', 'createStation', { name: '签名测试派出所', address: '测试路 1 号', phone: '0931-8123456' })
    expect(station.stationId).toBeTruthy()
  })
})

describe('the SDK endpoint’s signature check', () => {
  let db: LocalDatabase
  let server: Server
  let url: string
  let dataDir: string
  const access: SdkAccess = { secretId: 'test-secret-id', secretKey: 'test-secret-key', host: '' }
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jmt-sdk-endpoint-'))
    db = await openDatabase({ dataDir, indexes: loadIndexFile(), requireDeclaredCollections: true })
    server = createServer((req, res) => void handleSdkHttp(db, req, res, access))
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    access.host = `127.0.0.1:${(server.address() as AddressInfo).port}`
    url = `http://${access.host}/admin?env=local&seqId=1`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
    await db.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('accepts a request signed with the key, and nothing changed after signing', async () => {
    const ok = signedPost(url, readStaff, access)
    expect((await rawPost(url, ok.headers, ok.body)).status).toBe(200)

    const tampered = signedPost(url, readStaff, access)
    const swapped = tampered.body.replace('"staff"', '"bookings"')
    expect((await rawPost(url, tampered.headers, swapped)).status).toBe(401)

    const extra = signedPost(url, readStaff, access)
    expect((await rawPost(url, extra.headers, JSON.stringify({ ...readStaff, limit: 1, queryType: 'WHERE', Limit: 1000 }))).status).toBe(401)

    const otherPath = signedPost(url, readStaff, access)
    expect((await rawPost(url.replace('seqId=1', 'seqId=2'), otherPath.headers, otherPath.body)).status).toBe(401)

    const wrongKey = signedPost(url, readStaff, { ...access, secretKey: 'guessed' })
    expect((await rawPost(url, wrongKey.headers, wrongKey.body)).status).toBe(401)

    const stale = signedPost(url, readStaff, access, {}, Math.floor(Date.now() / 1000) - 3600)
    expect((await rawPost(url, stale.headers, stale.body)).status).toBe(401)
  })

  it('checks each signature with the key of its own day and of the secret as it is now', () => {
    const credentials = { secretId: 'rotating-id', secretKey: 'first-key' }
    const host = '127.0.0.1:9'
    const at = (text: string) => Date.parse(text) / 1000
    /** Whether a request signed with `secretKey` at `signedAt` passes a check made at `checkedAt`. */
    const passes = (secretKey: string, signedAt: number, checkedAt: number) => {
      const request = signedPost(`http://${host}/admin?env=local&seqId=1`, readStaff, { ...credentials, secretKey }, {}, signedAt)
      const req = { method: 'POST', url: '/admin?env=local&seqId=1', headers: request.headers } as unknown as IncomingMessage
      return verifySdkSignature(req, JSON.parse(request.body) as Record<string, unknown>, credentials, host, checkedAt * 1000)
    }
    const beforeMidnight = at('2026-12-01T23:59:50Z')
    const afterMidnight = at('2026-12-02T00:00:05Z')
    expect(passes('first-key', beforeMidnight, afterMidnight)).toBe(true)
    expect(passes('first-key', afterMidnight, afterMidnight)).toBe(true)
    expect(passes('first-key', beforeMidnight, afterMidnight)).toBe(true)
    expect(passes('other-key', afterMidnight, afterMidnight)).toBe(false)
    // A new secret at a restart: what the old one signed no longer passes, on either day.
    credentials.secretKey = 'second-key'
    expect(passes('first-key', afterMidnight, afterMidnight)).toBe(false)
    expect(passes('first-key', beforeMidnight, afterMidnight)).toBe(false)
    expect(passes('second-key', afterMidnight, afterMidnight)).toBe(true)
  })

  it('refuses to invoke a function, even for a signed caller', async () => {
    const invoke = signedPost(url, forgedTimer, access)
    const answer = await rawPost(url, invoke.headers, invoke.body)
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'INVALID_ACTION' })
  })
})

describe('timers', () => {
  let t: TestCloud
  beforeAll(async () => {
    t = await startTestCloud()
  })
  afterAll(() => t.close())

  it('run on the server’s clock: an event claiming 2030 erases no audit line that is not due', async () => {
    await t.admin.ok('org', 'createStation', { name: '审计测试派出所', address: '测试路 2 号', phone: '0931-8123457' })
    const lines = () => (t.cloud.db.snapshot().auditLog ?? []).length
    const before = lines()
    expect(before).toBeGreaterThan(0)
    const answer = (await t.cloud.pool.invoke('privacy', { Type: 'Timer', TriggerName: 'daily', Time: '2030-01-01T00:00:00.000Z' })) as {
      ok: boolean
      data: { audit: number }
    }
    expect(answer.ok).toBe(true)
    expect(answer.data.audit).toBe(0)
    expect(lines()).toBe(before)
  })
})
