/**
 * The genuine wx-server-sdk talking to the local database emulator over real HTTP.
 *
 *   const h = await startHarness()
 *   const db = h.cloud.database()
 *   ...
 *   await h.close()
 *
 * One harness per test file: wx-server-sdk is a module singleton configured from the environment,
 * and jest gives every test file its own module registry.
 */
import * as http from 'http'
import { AddressInfo } from 'net'
import { mkdtempSync, rmSync } from 'fs'
import { tmpdir } from 'os'
import * as path from 'path'
import { DatabaseOptions, IndexSpec, LocalDatabase, openDatabase, handleSdkHttp, loadIndexFile } from '../../local/db'

/* eslint-disable @typescript-eslint/no-require-imports */
// wx-server-sdk ships no usable typings for what tests touch; this is the part we use.
export interface WxCloud {
  DYNAMIC_CURRENT_ENV: symbol
  init(options: { env: unknown }): void
  database(): WxDatabase
  callFunction(options: { name: string; data?: unknown }): Promise<{ result: unknown }>
}
// The SDK's query builder is deeply dynamic; tests use it as the documentation shows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WxDatabase = any

export interface HarnessOptions {
  indexes?: Record<string, IndexSpec[]>
  transactionTimeoutMs?: number
  dataDir?: string
  extra?: Partial<DatabaseOptions>
}

export interface Harness {
  cloud: WxCloud
  /** The emulator currently answering (changes after reopen). */
  readonly local: LocalDatabase
  dataDir: string
  url: string
  /** Closes the emulator and opens it again on the same files (the SDK keeps its endpoint). */
  reopen(): Promise<void>
  close(): Promise<void>
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'jmt-db-'))
  const ownsDataDir = options.dataDir === undefined
  const open = () =>
    openDatabase({
      dataDir,
      indexes: options.indexes ?? loadIndexFile(),
      transactionTimeoutMs: options.transactionTimeoutMs,
      ...options.extra,
    })
  let local = await open()
  const access = { secretId: 'local-secret-id', secretKey: 'local-secret-key', host: '' }
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/admin')) void handleSdkHttp(local, req, res, access)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  access.host = `127.0.0.1:${port}`
  const url = `http://${access.host}/admin`

  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: url })
  // The endpoint answers only requests signed with these.
  process.env.TENCENTCLOUD_SECRETID = access.secretId
  process.env.TENCENTCLOUD_SECRETKEY = access.secretKey
  process.env.TCB_CONTEXT_KEYS = 'TCB_ENV'
  process.env.TCB_ENV = 'local'
  // Without this node-sdk probes metadata.tencentyun.com before *every* request (two 30 ms
  // timeouts offline, since a failed probe is not cached); it only changes the default endpoint,
  // which TCB_CONTEXT_CNFG overrides anyway.
  process.env.TENCENTCLOUD = 'true'
  process.env.SILENCE = 'true' // no "request longer than 3s" warnings from node-sdk

  const cloud = require('wx-server-sdk') as WxCloud
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

  return {
    cloud,
    get local() {
      return local
    },
    dataDir,
    url,
    reopen: async () => {
      await local.close()
      local = await open()
    },
    close: async () => {
      await local.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
