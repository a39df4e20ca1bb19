import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud } from '../local/cloud'
import { ROOT } from '../scripts/bundle-functions'
import { measureWeapp } from '../scripts/size-budget'
import { measure } from './latency'
import { buildHelloWorld } from './package-size'
import { measureLookup, seedPlates } from './plates'
import { raceBookings } from './visits'

/**
 * `npm run bench`: numbers, each with a baseline measured in the same run.
 * 1. the weapp main package against a Taro React hello world built with the same toolchain;
 * 2. `org.whoami` (gateway → worker → genuine SDK → emulator) against `/healthz` (gateway only),
 *    p50 and p99 at 32 concurrent clients;
 * 3. plates.lookup at 1k and 100k plates; 4. a booking race of 1,000 residents on 50 seats.
 * `npm run bench -- <size|latency|plates|visits>` runs one of them.
 */
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const ms = (n: number) => `${n.toFixed(2)} ms`

async function packageSize() {
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0) throw new Error('weapp build failed')
  const ours = measureWeapp().main
  const hello = buildHelloWorld()
  console.log(`weapp main package: ${kb(ours)}; Taro React hello world: ${kb(hello)}; ratio ${(ours / hello).toFixed(2)}`)
}

async function latency() {
  const dataDir = mkdtempSync(join(tmpdir(), 'jmt-bench-'))
  const cloud = await startLocalCloud({ port: 0, dataDir })
  try {
    const token = cloud.tokens.issue('bench-user-1')
    const call = {
      method: 'POST',
      body: JSON.stringify({ action: 'whoami', data: {} }),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    }
    const requests = Number(process.env.BENCH_REQUESTS ?? 3000)
    await measure(`${cloud.url}/api/functions/org`, { ...call, concurrency: 32, requests: 200 }) // warm the workers
    const health = await measure(`${cloud.url}/healthz`, { concurrency: 32, requests })
    const whoami = await measure(`${cloud.url}/api/functions/org`, { ...call, concurrency: 32, requests })
    console.log(`/healthz   p50 ${ms(health.p50)}  p99 ${ms(health.p99)}  ${health.perSecond.toFixed(0)} req/s`)
    console.log(`org.whoami p50 ${ms(whoami.p50)}  p99 ${ms(whoami.p99)}  ${whoami.perSecond.toFixed(0)} req/s`)
    console.log(`ratio whoami/healthz: p50 ${(whoami.p50 / health.p50).toFixed(1)}x, p99 ${(whoami.p99 / health.p99).toFixed(1)}x (32 concurrent clients, ${requests} requests each)`)
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * 3. plates.lookup against /healthz at 32 concurrent clients; lookup with 100k plates against 1k in
 *    the same store; database requests per lookup.
 */
async function plateLookup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'jmt-bench-'))
  const cloud = await startLocalCloud({ port: 0, dataDir })
  try {
    const requests = Number(process.env.BENCH_REQUESTS ?? 3000)
    console.error('seeding 1,000 plates…')
    const small = await seedPlates(cloud, 1000)
    await measureLookup(cloud, small, 300) // warm the workers
    const health = await measure(`${cloud.url}/healthz`, { concurrency: 32, requests })
    const at1k = await measureLookup(cloud, small, requests)
    const before = cloud.sdkRequests()
    await measureLookup(cloud, small, 200)
    const perLookup = (cloud.sdkRequests() - before) / 200
    console.error('seeding 99,000 more plates…')
    const large = [...small, ...(await seedPlates(cloud, 99_000, new Set(small)))]
    console.error('measuring lookups among 100,000 plates…')
    const at100k = await measureLookup(cloud, large, requests)
    console.log(`plates.lookup, 1k plates:   p50 ${ms(at1k.p50)}  p99 ${ms(at1k.p99)}  ${at1k.perSecond.toFixed(0)} req/s`)
    console.log(`plates.lookup, 100k plates: p50 ${ms(at100k.p50)}  p99 ${ms(at100k.p99)}  ${at100k.perSecond.toFixed(0)} req/s`)
    console.log(`lookup p99 / healthz p99: ${(at1k.p99 / health.p99).toFixed(1)}x (goal ≤ 4x); 100k / 1k p99: ${(at100k.p99 / at1k.p99).toFixed(2)}x (goal ≤ 1.5x)`)
    console.log(`database requests per lookup: ${perLookup.toFixed(2)} (goal ≤ 2)`)
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * 4. 1,000 residents booking a 50-seat 流动警务室 session at once: booked and oversold counts, and the
 *    booking latency against the plate lookup p99 measured in the same store.
 */
async function bookingRace() {
  const dataDir = mkdtempSync(join(tmpdir(), 'jmt-bench-'))
  const cloud = await startLocalCloud({ port: 0, dataDir })
  try {
    const codes = await seedPlates(cloud, 1000)
    await measureLookup(cloud, codes, 300) // warm the workers
    const lookup = await measureLookup(cloud, codes, Number(process.env.BENCH_REQUESTS ?? 3000))
    const race = await raceBookings(cloud, Number(process.env.BENCH_BOOKERS ?? 1000), 50)
    console.log(
      `visits.book race: ${race.attempts} attempts on ${race.seats} seats → ${race.booked} booked, ${race.full} FULL, ${race.other} other; oversold ${race.oversold}, count drift ${race.countDrift}`,
    )
    console.log(`visits.book p50 ${ms(race.p50)}  p99 ${ms(race.p99)} (all at once); plates.lookup p99 ${ms(lookup.p99)} (32 concurrent)`)
    console.log(`ratio book p99 / lookup p99: ${(race.p99 / lookup.p99).toFixed(1)}x`)
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function main() {
  const only = process.argv[2]
  if (!only || only === 'size') await packageSize()
  if (!only || only === 'latency') await latency()
  if (!only || only === 'plates') await plateLookup()
  if (!only || only === 'visits') await bookingRace()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
