/**
 * Durability of the store: acknowledged writes survive kill -9, a torn log tail is cut off and
 * reported, and compaction keeps the files bounded without losing data.
 */
import { ChildProcess, spawn } from 'child_process'
import { appendFileSync, constants, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'fs'
import { tmpdir } from 'os'
import * as path from 'path'
import { openDatabase } from '../../local/db'
import { present } from '../list-items'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURE = path.join(__dirname, 'fixtures', 'write-until-killed.ts')

const tempDirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jmt-durable-'))
  tempDirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

interface Acks {
  /** `_id`s of acknowledged inserts. */
  inserted: string[]
  /** Highest acknowledged `latest` seq per writer key. */
  latest: Map<string, number>
}

/** Runs the writer child until it has acknowledged `killAfter` writes, then SIGKILLs it. */
function runAndKill(dataDir: string, killAfter: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const acks: Acks = { inserted: [], latest: new Map() }
    let buffered = ''
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? '' // an incomplete last line is not an acknowledgement yet
      for (const line of lines) {
        const [kind, id, writer, seq] = line.split(' ')
        if (kind !== 'ack') continue
        acks.inserted.push(present(id, `an inserted id in "${line}"`))
        acks.latest.set(present(writer, `a writer in "${line}"`), Number(seq))
      }
      if (acks.inserted.length >= killAfter) child.kill('SIGKILL')
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acks)
      else reject(new Error(`writer exited on its own (${String(_code)}): ${stderr}`))
    })
  })
}

it('every acknowledged write survives kill -9, over several rounds', async () => {
  const dataDir = tempDir()
  const allInserted: string[] = []
  const latest = new Map<string, number>()
  for (let round = 0; round < 4; round++) {
    // A different moment each round: anywhere from a few to several hundred acknowledged writes in.
    const killAfter = 20 + Math.floor(Math.random() * 600)
    const acks = await runAndKill(dataDir, killAfter)
    allInserted.push(...acks.inserted)
    for (const [writer, seq] of acks.latest) latest.set(writer, seq)

    const warnings: string[] = []
    const db = await openDatabase({ dataDir, warn: (message) => warnings.push(message) })
    const snapshot = db.snapshot()
    const present = new Set((snapshot.acked ?? []).map((doc) => (doc as { _id: string })._id))
    const missing = allInserted.filter((id) => !present.has(id))
    expect(missing).toEqual([])
    const latestDocs = new Map((snapshot.latest ?? []).map((doc) => [(doc as { _id: string })._id, (doc as { seq: number }).seq]))
    for (const [writer, seq] of latest) expect(latestDocs.get(writer)).toBeGreaterThanOrEqual(seq)
    await db.close()
  }
  expect(allInserted.length).toBeGreaterThan(80)
}, 60000)

it('a torn or corrupt log tail is reported with its offset, cut off, and earlier data kept', async () => {
  const dataDir = tempDir()
  const wal = path.join(dataDir, 'db', 'wal.log')
  let db = await openDatabase({ dataDir })
  await db.insertMany('items', [
    { _id: 'a', v: 1 },
    { _id: 'b', v: 2 },
  ])
  await db.upsert('items', 'a', { v: 10 })
  await db.close()
  const goodLength = statSync(wal).size

  // Half a record, as a crash in the middle of a write leaves it.
  appendFileSync(wal, '0badf00d {"w":[{"c":"items","id":"c","doc":{"_id":"c"')
  let warnings: string[] = []
  db = await openDatabase({ dataDir, warn: (message) => warnings.push(message) })
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain(`byte offset ${goodLength}`)
  expect(db.snapshot()).toEqual({
    items: [
      { _id: 'a', v: 10 },
      { _id: 'b', v: 2 },
    ],
  })
  expect(statSync(wal).size).toBe(goodLength)
  await db.upsert('items', 'c', { v: 3 }) // appended right after the last good record
  await db.close()

  // A complete line whose checksum does not match is treated the same way.
  const lengthBefore = statSync(wal).size
  appendFileSync(wal, '00000000 {"w":[]}\n')
  warnings = []
  db = await openDatabase({ dataDir, warn: (message) => warnings.push(message) })
  expect(warnings).toEqual([expect.stringContaining(`byte offset ${lengthBefore}`)])
  expect(db.snapshot()).toEqual({
    items: [
      { _id: 'a', v: 10 },
      { _id: 'b', v: 2 },
      { _id: 'c', v: 3 },
    ],
  })
  await db.close()
})

it('compaction keeps the files bounded and the data intact', async () => {
  const dataDir = tempDir()
  const minLogBytes = 64 * 1024
  const options = { dataDir, compaction: { minLogBytes, ratio: 4 } }
  const db = await openDatabase(options)
  const files = ['wal.log', 'snapshot.jsonl'].map((name) => path.join(dataDir, 'db', name))
  let largest = 0
  for (let round = 0; round < 300; round++) {
    await Promise.all(Array.from({ length: 20 }, (_v, i) => db.upsert('hot', `k${i}`, { round, text: 'y'.repeat(100) })))
    for (const file of files) {
      try {
        largest = Math.max(largest, statSync(file).size)
      } catch {
        // the snapshot does not exist before the first compaction
      }
    }
  }
  const stats = db.stats().store
  // 300 rounds × 20 writes × ~170 bytes ≈ 1 MB were logged: without compaction the log would hold it all.
  expect(stats.compactions).toBeGreaterThan(5)
  // Live data is ~20 × 170 bytes; the log is compacted once past 64 KiB, so it never grows much beyond.
  expect(largest).toBeLessThan(2 * minLogBytes)
  await db.close()

  const reopened = await openDatabase(options)
  const hot = reopened.snapshot().hot as Array<{ _id: string; round: number }>
  expect(hot).toHaveLength(20)
  expect(hot.every((doc) => doc.round === 299)).toBe(true)
  await reopened.close()
}, 30000)

it('group commit: 32 concurrent writes share fsyncs', async () => {
  const db = await openDatabase({ dataDir: tempDir() })
  const before = db.stats().store.fsyncs
  await Promise.all(Array.from({ length: 32 }, (_v, i) => db.upsert('group', `g${i}`, { i })))
  // The first write starts an fsync alone; the 31 that arrive meanwhile go in the next one.
  expect(db.stats().store.fsyncs - before).toBeLessThanOrEqual(2)
  expect(db.count('group')).toBe(32)
  await db.close()
})

/** The open flags of this process's descriptor of `file`, as Linux reports them (undefined when not open). */
function openFlags(file: string): number | undefined {
  for (const fd of readdirSync('/proc/self/fd')) {
    let target: string
    try {
      target = readlinkSync(`/proc/self/fd/${fd}`)
    } catch {
      continue // closed while listing
    }
    if (target !== file) continue
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1]
    return flags === undefined ? undefined : parseInt(flags, 8)
  }
  return undefined
}

// Each log write must return only once it is on disk (O_DSYNC, in place of a separate fdatasync): the
// log a new store opens, each new log a compaction opens, and the log a restart reopens.
;(process.platform === 'linux' ? it : it.skip)('the log is written with O_DSYNC: as opened, after a compaction and after a restart', async () => {
  const dataDir = tempDir()
  const db = await openDatabase({ dataDir, compaction: { minLogBytes: 16 * 1024, ratio: 2 } })
  const wal = path.join(dataDir, 'db', 'wal.log')
  await db.upsert('kept', 'k1', { n: 1 })
  expect(openFlags(wal)! & constants.O_DSYNC).toBe(constants.O_DSYNC)
  for (let round = 0; db.stats().store.compactions === 0; round++) {
    expect(round).toBeLessThan(1000)
    await db.upsert('kept', 'k1', { n: round, text: 'z'.repeat(200) })
  }
  expect(openFlags(wal)! & constants.O_DSYNC).toBe(constants.O_DSYNC)
  await db.close()
  expect(openFlags(wal)).toBeUndefined()
  // And the log an existing store reopens after its replay.
  const reopened = await openDatabase({ dataDir })
  expect(reopened.snapshot().kept).toHaveLength(1)
  expect(openFlags(wal)! & constants.O_DSYNC).toBe(constants.O_DSYNC)
  await reopened.close()
})

it('reads never wait for the disk; every acknowledged write waited for it', async () => {
  const db = await openDatabase({ dataDir: tempDir(), indexes: { kept: [] } })
  await db.upsert('kept', 'k1', { n: 1 })
  const afterWrite = db.stats().store
  expect(afterWrite.fsyncs).toBeGreaterThanOrEqual(1)
  expect(afterWrite.syncMs).toBeGreaterThan(0)
  for (let i = 0; i < 20; i++) {
    const answer = (await db.handle({ action: 'database.getDocument', collectionName: 'kept', query: JSON.stringify({ _id: 'k1' }) })) as {
      data?: { list: unknown[] }
    }
    expect(answer.data?.list).toHaveLength(1)
  }
  expect(db.stats().store).toMatchObject({ fsyncs: afterWrite.fsyncs, syncMs: afterWrite.syncMs, records: afterWrite.records })
  await db.close()
})
