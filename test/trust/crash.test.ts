/**
 * Crash: the whole local cloud (gateway, function workers, database) runs as a child process, takes
 * concurrent writes through the functions, and is killed with SIGKILL mid-stream; restarted on the same
 * data folder it still holds every write it had acknowledged. Several rounds in one run.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')
const ADMIN = 'crash-admin-openid'
const ROUNDS = 4
const WRITERS = 8

const dataDir = mkdtempSync(join(tmpdir(), 'jmt-crash-'))
let child: ChildProcess | undefined
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}

/** `npm run serve` as a child, on the shared data folder; resolves once /healthz answers. */
async function startCloud(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort()
  const proc = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ADMIN_OPENIDS: ADMIN, WORKERS: '2', TIMER_INTERVAL_MS: '0', DEMO: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child = proc
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`local cloud exited: ${stderr}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, process: proc }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`local cloud did not start: ${stderr}`)
}

async function login(url: string, openid: string): Promise<string> {
  const res = await fetch(`${url}/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ openid }) })
  return ((await res.json()) as { data: { token: string } }).data.token
}

async function call(url: string, token: string, fn: string, action: string, data: unknown) {
  const res = await fetch(`${url}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ action, data }),
  })
  return (await res.json()) as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } }
}

interface Acked {
  stations: Set<string>
  /** OPENIDs granted the admin role (an upsert into `staff`), acknowledged. */
  admins: Set<string>
}

/** Writers hammer the functions until `killAfter` writes are acknowledged; then kill -9 while more are in flight. */
async function writeUntilKilled(url: string, round: number, killAfter: number, acked: Acked): Promise<void> {
  const token = await login(url, ADMIN)
  let count = 0
  let killed = false
  const proc = child!
  const exited = new Promise<void>((done) => proc.once('exit', () => done()))
  const writer = async (w: number) => {
    for (let seq = 0; !killed; seq++) {
      try {
        if (seq % 3 === 2) {
          const openid = `crash-${round}-${w}-${seq}`
          const answer = await call(url, token, 'org', 'grantRole', { openid, role: 'admin' })
          if (answer.ok) acked.admins.add(openid)
        } else {
          const answer = await call(url, token, 'org', 'createStation', {
            name: `崩溃测试所 ${round}-${w}-${seq}`,
            address: '测试路 1 号',
            phone: '0931-8123456',
          })
          if (answer.ok) acked.stations.add(String(answer.data!.stationId))
        }
        count += 1
      } catch {
        return // the connection died with the process: that write was never acknowledged
      }
      if (count >= killAfter && !killed) {
        killed = true
        proc.kill('SIGKILL')
      }
    }
  }
  await Promise.all(Array.from({ length: WRITERS }, (_v, w) => writer(w)))
  await exited
}

async function allStations(url: string): Promise<Set<string>> {
  const ids = new Set<string>()
  let cursor: string | undefined
  do {
    const res = await fetch(`${url}/api/functions/org`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'listStations', data: { limit: 100, ...(cursor ? { cursor } : {}) } }),
    })
    const page = ((await res.json()) as { data: { items: { stationId: string }[]; nextCursor?: string } }).data
    for (const s of page.items) ids.add(s.stationId)
    cursor = page.nextCursor
  } while (cursor)
  return ids
}

it(`keeps every acknowledged write through ${ROUNDS} kill -9s of the local cloud`, async () => {
  const acked: Acked = { stations: new Set(), admins: new Set() }
  let survived = 0
  for (let round = 0; round < ROUNDS; round++) {
    const { url } = await startCloud()
    if (round > 0) {
      // What the previous round acknowledged is all there after the restart.
      const present = await allStations(url)
      expect([...acked.stations].filter((id) => !present.has(id))).toEqual([])
      survived += 1
    }
    await writeUntilKilled(url, round, 15 + Math.floor(Math.random() * 120), acked)
  }
  const { url, process: last } = await startCloud()
  const present = await allStations(url)
  expect([...acked.stations].filter((id) => !present.has(id))).toEqual([])
  const roles = await Promise.all([...acked.admins].map(async (openid) => (await call(url, await login(url, openid), 'org', 'whoami', {})).data?.role))
  expect(roles.every((r) => r === 'admin')).toBe(true)
  survived += 1
  last.kill('SIGTERM')
  await new Promise((done) => last.once('exit', done))
  console.log(`crash: ${survived} kill -9s survived, ${acked.stations.size} stations and ${acked.admins.size} role grants acknowledged, none lost`)
  expect(survived).toBe(ROUNDS)
}, 240_000)
