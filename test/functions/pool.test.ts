import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FunctionFailed, FunctionPool, UnknownFunction } from '../../local/functions/pool'
import { bundleForLocalCloud } from '../../scripts/bundle-functions'

/** Functions that misbehave on purpose, each a plain deployable folder as the bundler makes them. */
const FIXTURES: Record<string, string> = {
  echo: `exports.main = async (event) => ({ event, openid: process.env.WX_OPENID || null })`,
  hang: `exports.main = () => new Promise(() => { while (true) {} })`,
  throws: `exports.main = async () => { throw new Error('boom') }`,
  crash: `exports.main = async () => { setImmediate(() => { throw new Error('crash outside the promise') }); return new Promise(() => {}) }`,
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
  pool = new FunctionPool({ functionsDir: dir, env: {}, size: 2, timeoutMs: 1000, log: (line) => failures.push(line) })
})

afterAll(async () => {
  await pool.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the function worker pool', () => {
  it('runs a function with the caller identity in its environment', async () => {
    expect(await pool.invoke('echo', { a: 1 }, 'caller-1')).toEqual({ event: { a: 1 }, openid: 'caller-1' })
    expect(await pool.invoke('echo', {}, undefined)).toEqual({ event: {}, openid: null })
  })

  it('keeps each concurrent caller identity apart', async () => {
    const results = (await Promise.all(
      Array.from({ length: 12 }, (_, i) => pool.invoke('slow', { i }, `caller-${i}`)),
    )) as { i: number; openid: string }[]
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
    expect(failures).toContain('[local cloud] hang: timed out after 1000 ms')
    expect(await pool.invoke('echo', { after: 'hang' })).toMatchObject({ event: { after: 'hang' } })
  })

  it('replaces a worker that crashes', async () => {
    await expect(pool.invoke('crash', {})).rejects.toBeInstanceOf(FunctionFailed)
    expect(failures).toContain('[local cloud] crash: worker crashed: crash outside the promise')
    expect(await pool.invoke('echo', { after: 'crash' })).toMatchObject({ event: { after: 'crash' } })
  })
})
