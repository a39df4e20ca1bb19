import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FunctionFailed, FunctionPool, UnknownFunction } from '../../local/functions/pool'
import { WX_CONTEXT_KEYS } from '../../local/functions/protocol'
import { bundleForLocalCloud } from '../../scripts/bundle-functions'

/** Functions that misbehave on purpose, each a plain deployable folder as the bundler makes them. */
const FIXTURES: Record<string, string> = {
  echo: `exports.main = async (event) => ({ event, openid: process.env.WX_OPENID || null })`,
  hang: `exports.main = () => new Promise(() => { while (true) {} })`,
  throws: `exports.main = async () => { throw new Error('boom') }`,
  crash: `exports.main = async () => { setImmediate(() => { throw new Error('crash outside the promise') }); return new Promise(() => {}) }`,
  deepAnswer: `exports.main = async () => { let v = 'x'; for (let i = 0; i < 4000; i++) v = [v]; return v }`,
  context: `const cloud = require(${JSON.stringify(require.resolve('wx-server-sdk'))}); exports.main = async () => cloud.getWXContext()`,
  slow: `exports.main = (event) => new Promise((r) => setTimeout(() => r({ i: event.i, openid: process.env.WX_OPENID }), 20))`,
}

let dir: string
let pool: FunctionPool
const failures: string[] = []

beforeAll(async () => {
  const built = await bundleForLocalCloud()
  dir = mkdtempSync(join(tmpdir(), 'jmt-pool-'))
  copyFileSync(join(built, '_worker.js'), join(dir, '_worker.js'))
  for (const [name, code] of Object.entries(FIXTURES)) {
    mkdirSync(join(dir, name))
    writeFileSync(join(dir, name, 'index.js'), code)
  }
  // The limit counts from the hand-over, so a worker still starting (a new thread loading its bundle) spends
  // some of it: 5 s leaves room for that on a loaded machine (1 s did not) and keeps the hang tests short.
  pool = new FunctionPool({ functionsDir: dir, env: {}, size: 2, timeoutMs: 5000, log: (line) => failures.push(line) })
})

const afterAllClose: FunctionPool[] = []
afterAll(async () => {
  await Promise.all(afterAllClose.map((p) => p.close()))
  await pool.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the function worker pool', () => {
  it('runs a function with the caller identity in its environment', async () => {
    expect(await pool.invoke('echo', { a: 1 }, 'caller-1')).toEqual({ event: { a: 1 }, openid: 'caller-1' })
    expect(await pool.invoke('echo', {}, undefined)).toEqual({ event: {}, openid: null })
  })

  it('keeps each concurrent caller identity apart', async () => {
    const results = (await Promise.all(Array.from({ length: 12 }, (_, i) => pool.invoke('slow', { i }, `caller-${i}`)))) as { i: number; openid: string }[]
    expect(results.map((r) => r.openid)).toEqual(results.map((r) => `caller-${r.i}`))
  })

  it('refuses a function that does not exist', async () => {
    await expect(pool.invoke('nope', {})).rejects.toBeInstanceOf(UnknownFunction)
  })

  it('answers a function that throws with a failure and keeps serving', async () => {
    await expect(pool.invoke('throws', {})).rejects.toBeInstanceOf(FunctionFailed)
    expect(await pool.invoke('echo', { after: 'throws' })).toMatchObject({ event: { after: 'throws' } })
  })

  it('ends a function that hangs past its time limit, replaces the worker and keeps serving', async () => {
    await expect(Promise.all([pool.invoke('hang', {}), pool.invoke('hang', {})])).rejects.toThrow(/timed out/)
    expect(failures).toContain(`[local cloud] hang: timed out after ${pool.timeoutMs} ms`)
    expect(await pool.invoke('echo', { after: 'hang' })).toMatchObject({ event: { after: 'hang' } })
  })

  it('fails a call it cannot hand to a worker, frees the slot at once and keeps serving', async () => {
    // 4,000 nested arrays: structured clone overflows its stack in postMessage. More such calls than
    // workers: on the old code each held a slot until the time limit, and the next dispatch from a
    // timer threw outside any promise and ended the process.
    let deep: unknown = 'x'
    for (let i = 0; i < 4000; i++) deep = [deep]
    const results = await Promise.allSettled(Array.from({ length: pool.size + 1 }, () => pool.invoke('echo', { deep })))
    expect(results.map((r) => r.status === 'rejected' && r.reason instanceof FunctionFailed)).toEqual(Array(pool.size + 1).fill(true))
    expect(await pool.invoke('echo', { after: 'deep' })).toMatchObject({ event: { after: 'deep' } })
    expect(failures.filter((line) => line.includes('could not hand the call to a worker'))).toHaveLength(pool.size + 1)
    // Past the time limit no slot was found still held by those calls, and nothing left behind fires.
    await new Promise((r) => setTimeout(r, pool.timeoutMs + 200))
    expect(failures.filter((line) => line.startsWith('[local cloud] echo: timed out'))).toEqual([])
    expect(await pool.invoke('echo', { after: 'time limit' })).toMatchObject({ event: { after: 'time limit' } })
  })

  it('fails a call whose answer cannot be passed back, without waiting for the time limit', async () => {
    await expect(pool.invoke('deepAnswer', {})).rejects.toThrow(/could not be passed back/)
  })

  it('gives the caller address to the function where the genuine getWXContext reads it', async () => {
    // Loading the SDK takes a cold worker longer than this pool's short time limit.
    const sdkPool = new FunctionPool({ functionsDir: dir, env: { WX_CONTEXT_KEYS }, size: 1, timeoutMs: 30_000 })
    afterAllClose.push(sdkPool)
    const context = (clientIp?: string) => sdkPool.invoke('context', {}, 'caller-ip', clientIp) as Promise<Record<string, unknown>>
    expect(await context('192.0.2.7')).toMatchObject({ OPENID: 'caller-ip', CLIENTIP: '192.0.2.7' })
    expect(await context('::ffff:192.0.2.8')).toMatchObject({ CLIENTIP: '192.0.2.8' })
    const v6 = await context('2001:db8::1')
    expect(v6).toMatchObject({ CLIENTIPV6: '2001:db8::1' })
    expect(v6).not.toHaveProperty('CLIENTIP')
    // A timer has no client: no address is left over from the call before.
    const none = await context(undefined)
    expect(none).not.toHaveProperty('CLIENTIP')
    expect(none).not.toHaveProperty('CLIENTIPV6')
  })

  it('replaces a worker that crashes', async () => {
    await expect(pool.invoke('crash', {})).rejects.toBeInstanceOf(FunctionFailed)
    expect(failures).toContain('[local cloud] crash: worker crashed: crash outside the promise')
    expect(await pool.invoke('echo', { after: 'crash' })).toMatchObject({ event: { after: 'crash' } })
  })
})
