import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionName, ActionOutput, Envelope, FunctionName } from '../../types'
import { type LocalCloud, startLocalCloud } from '../../local/cloud'

export const ADMIN = 'test-admin-openid'

export interface Answer<T> {
  status: number
  body: Envelope<T>
}

/** A caller of the local cloud's gateway, signed in as one OPENID (or as no one). */
export interface Client {
  openid?: string
  call<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, data?: unknown): Promise<Answer<ActionOutput<F, A>>>
  /** The data of a call that must succeed; throws with the error otherwise. */
  ok<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, data?: unknown): Promise<ActionOutput<F, A>>
  /** Any event, as an outside client could send it. */
  raw(fn: string, event: unknown): Promise<Answer<unknown>>
  /** Taps 允许 on WeChat's subscribe dialog for these templates (locally: POST /api/subscriptions). */
  accept(templateIds: string[]): Promise<Answer<unknown>>
}

export interface TestCloud {
  cloud: LocalCloud
  as(openid: string): Client
  anonymous: Client
  admin: Client
  close(): Promise<void>
}

/**
 * A fresh local cloud for one test file: its own data folder, the genuine wx-server-sdk in its
 * workers, reached over HTTP exactly as the H5 app reaches it.
 */
export async function startTestCloud(options: { demo?: boolean; workers?: number; functionsDir?: string } = {}): Promise<TestCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jmt-functions-'))
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    adminOpenids: [ADMIN],
    workers: options.workers ?? 4,
    demo: options.demo,
    functionsDir: options.functionsDir,
  })
  const client = (openid?: string): Client => {
    const token = openid ? cloud.tokens.issue(openid) : undefined
    const raw = async (fn: string, event: unknown): Promise<Answer<unknown>> => {
      const res = await fetch(`${cloud.url}/api/functions/${fn}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(event),
      })
      return { status: res.status, body: (await res.json()) as Envelope<unknown> }
    }
    const call = (fn: string, action: string, data: unknown = {}) => raw(fn, { action, data })
    const accept = async (templateIds: string[]): Promise<Answer<unknown>> => {
      const res = await fetch(`${cloud.url}/api/subscriptions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ templateIds }),
      })
      return { status: res.status, body: (await res.json()) as Envelope<unknown> }
    }
    return {
      openid,
      raw,
      accept,
      call: call as Client['call'],
      ok: (async (fn: string, action: string, data?: unknown) => {
        const answer = await call(fn, action, data)
        if (!answer.body.ok) throw new Error(`${fn}.${action} failed: ${answer.body.error.code} ${answer.body.error.message}`)
        return answer.body.data
      }) as Client['ok'],
    }
  }
  return {
    cloud,
    as: client,
    anonymous: client(),
    admin: client(ADMIN),
    async close() {
      await cloud.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

let counter = 0
/** A fresh OPENID, unique within the run. */
export function newUser(prefix = 'user'): string {
  counter += 1
  return `${prefix}-${process.pid}-${counter}`
}

/** The station most tests set their officer at. */
export const CITY_STATION = { name: '城关派出所', address: '民主路 88 号', phone: '0931-8123456' }

/**
 * An officer of `stationId` looking after `areas`: the officer 王建国 (badge 300001), and a fresh
 * WeChat user granted the officer role for them, signed in.
 */
export async function signedInOfficer(t: TestCloud, stationId: string, areas: string[]): Promise<{ officerId: string; officer: Client }> {
  const { officerId } = await t.admin.ok('org', 'createOfficer', {
    name: '王建国',
    badgeNo: '300001',
    phone: '13800000001',
    dutyHours: '工作日',
    stationId,
    areas,
  })
  const openid = newUser('officer')
  await t.admin.ok('org', 'grantRole', { openid, role: 'officer', officerId })
  return { officerId, officer: t.as(openid) }
}

/**
 * The database as a refused call must leave it: everything but the audit log's lines of refused
 * calls and the rate-limit counters (a refusal to someone signed in writes the one, counts in the
 * other, and changes nothing else).
 */
export function stateWithoutRefusals(cloud: LocalCloud): Record<string, unknown[]> {
  const { rateLimits: _counters, ...snap } = cloud.db.snapshot() as Record<string, Array<Record<string, unknown>>>
  return { ...snap, auditLog: (snap.auditLog ?? []).filter((line) => line.outcome !== 'refused') }
}

/** The bodies of the database requests the emulator receives while `run` goes on, in order. */
export async function databaseRequestsDuring(cloud: LocalCloud, run: () => Promise<unknown>): Promise<Array<Record<string, unknown>>> {
  const handle = cloud.db.handle
  const seen: Array<Record<string, unknown>> = []
  cloud.db.handle = async (body) => {
    seen.push(body)
    return handle(body)
  }
  try {
    await run()
  } finally {
    cloud.db.handle = handle
  }
  return seen
}
