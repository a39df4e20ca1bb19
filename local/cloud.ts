import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { bundleForLocalCloud, ROOT } from '../scripts/bundle-functions'
import { handleSdkHttp, type SdkAccess } from './db/http'
import { loadIndexFile, type LocalDatabase, openDatabase } from './db'
import { DEMO_RESIDENT_OPENID } from './demo/community'
import { DEMO_ADMIN_OPENID, DEMO_OFFICER_OPENID } from './demo/people'
import { FunctionPool } from './functions/pool'
import { WX_CONTEXT_KEYS } from './functions/protocol'
import { startTimers } from './functions/timers'
import { createGateway } from './gateway/server'
import { subscriptionGrants } from './gateway/subscriptions'
import { createTokenIssuer, loadSecret, type TokenIssuer } from './gateway/tokens'

export interface LocalCloudOptions {
  port?: number
  host?: string
  dataDir?: string
  /** OPENIDs granted the admin role at start. */
  adminOpenids?: string[]
  /** Fills an empty store with demo data. */
  demo?: boolean
  staticDir?: string
  workers?: number
  functionTimeoutMs?: number
  /** How often the functions' timer triggers fire locally; 0 turns them off (tests fire them by hand). */
  timerIntervalMs?: number
  /** Bundled functions to run instead of the project's own bundle (the bench adds a probe beside them). */
  functionsDir?: string
}

export interface LocalCloud {
  /** The gateway's base URL, e.g. http://127.0.0.1:8787 */
  url: string
  /** The URL the SDK inside the functions talks to (the emulator's `/admin`). */
  sdkUrl: string
  db: LocalDatabase
  pool: FunctionPool
  /** How many requests the functions' SDK has made of the emulator so far (all kinds). */
  sdkRequests(): number
  tokens: TokenIssuer
  close(): Promise<void>
}

/**
 * Starts the whole local cloud: the database emulator behind an internal endpoint that answers only
 * the function workers (loopback, random port, requests signed with this start's secret), the worker
 * pool running the bundled functions on the genuine wx-server-sdk, and the public gateway.
 */
export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const dataDir = resolve(options.dataDir ?? join(ROOT, '.data'))
  // As in the cloud, only the collections a deploy creates (those in database/indexes.json) exist.
  const db = await openDatabase({ dataDir, indexes: loadIndexFile(), requireDeclaredCollections: true })
  if (options.adminOpenids?.length) await grantAdmins(db, options.adminOpenids)

  // The workers sign every request with these (wx-server-sdk cannot run without credentials); the
  // endpoint answers no one else. New ones at every start: nothing to leak, nothing to configure.
  const credentials = { secretId: `local-${randomBytes(8).toString('hex')}`, secretKey: randomBytes(32).toString('hex') }
  let sdkAccess: SdkAccess | undefined
  let pool: FunctionPool | undefined
  let sdkRequests = 0
  const internal = createServer((req, res) => {
    sdkRequests += 1
    void handleSdkHttp(db, req, res, sdkAccess!)
  })
  const sdkHost = `127.0.0.1:${await listen(internal, 0, '127.0.0.1')}`
  sdkAccess = { ...credentials, host: sdkHost }
  const sdkUrl = `http://${sdkHost}/admin`

  // The gateway listens first (answering 503 until the workers are up) so that the functions can be
  // told the public URL that plate QR codes point at.
  const tokens = createTokenIssuer(loadSecret(dataDir))
  const gateway = createGateway({
    pool: () => pool,
    tokens,
    staticDir: options.staticDir ?? join(ROOT, 'dist', 'h5'),
    subscriptions: subscriptionGrants(db),
    demoIdentities: options.demo ? [DEMO_ADMIN_OPENID, DEMO_OFFICER_OPENID, DEMO_RESIDENT_OPENID] : [],
  })
  const host = options.host ?? '127.0.0.1'
  const port = await listen(gateway, options.port ?? 8787, host)
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const url = `http://${shownHost}:${port}`

  if (options.demo && db.count('stations') === 0) {
    const { loadDemoData } = await import('./demo')
    await loadDemoData(db)
  }

  const functionsDir = options.functionsDir ?? (await bundleForLocalCloud())
  pool = new FunctionPool({
    functionsDir,
    size: options.workers,
    timeoutMs: options.functionTimeoutMs,
    env: {
      JMT_LOCAL_CLOUD: '1',
      JMT_PUBLIC_URL: url,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: sdkUrl }),
      TCB_CONTEXT_KEYS: 'TCB_ENV',
      TCB_ENV: 'local',
      TENCENTCLOUD_SECRETID: credentials.secretId,
      TENCENTCLOUD_SECRETKEY: credentials.secretKey,
      // Otherwise node-sdk probes a Tencent metadata host before every request (about 65 ms offline).
      TENCENTCLOUD: 'true',
      WX_CONTEXT_KEYS,
    },
  })

  const timerIntervalMs = options.timerIntervalMs ?? 0
  const stopTimers = timerIntervalMs > 0 ? startTimers(pool, functionsDir, timerIntervalMs) : () => undefined

  return {
    url,
    sdkUrl,
    db,
    pool,
    tokens,
    sdkRequests: () => sdkRequests,
    async close() {
      stopTimers()
      await Promise.all([closeServer(gateway), pool!.close()])
      await closeServer(internal)
      await db.close()
    },
  }
}

async function grantAdmins(db: LocalDatabase, openids: string[]) {
  for (const openid of openids) {
    await db.upsert('staff', openid, { role: 'admin', grantedBy: 'ADMIN_OPENIDS', grantedAt: new Date() })
  }
}

/**
 * Node's default backlog of 511 connections waiting to be accepted is less than a crowd the bench (or a
 * flash of scans) opens at once: past it Linux answers with SYN cookies and then resets the connection.
 * The kernel caps the number asked for at net.core.somaxconn.
 */
const LISTEN_BACKLOG = 4096
/**
 * How long an idle kept-alive connection stays open. Node closes it after 5 s by default, while
 * wx-server-sdk's agent reuses a free socket for up to 4.8 s: on a busy machine the two cross, and the
 * SDK's next request meets a reset (-501001 "read ECONNRESET"). The server must outlast its clients.
 */
const KEEP_ALIVE_MS = 60_000

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject)
    server.keepAliveTimeout = KEEP_ALIVE_MS
    // Node asks for a headers timeout longer than the keep-alive one, or an idle socket may be cut early.
    server.headersTimeout = KEEP_ALIVE_MS + 1000
    server.listen(port, host, LISTEN_BACKLOG, () => resolvePort((server.address() as AddressInfo).port))
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done())
    server.closeAllConnections()
  })
}
