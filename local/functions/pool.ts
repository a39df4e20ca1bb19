import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { InvokeReply, InvokeRequest, WorkerSetup } from './protocol'

/**
 * Two workers per core (at least four): enough that a call waiting for the database leaves a core to
 * another call. Each cloud function instance has a CPU share of its own; more threads than that here
 * only made the cores switch between them (with eight on two cores, a race of 1,000 bookings cost 20%
 * more CPU per call than with four, and its slowest calls took as much longer).
 */
const DEFAULT_POOL_SIZE = Math.max(4, availableParallelism() * 2)

export class UnknownFunction extends Error {}
/** The function threw, crashed its worker or ran past its time limit. */
export class FunctionFailed extends Error {}

export interface PoolOptions {
  functionsDir: string
  /** Environment every worker starts with: the SDK's endpoint, dummy secrets, context keys. */
  env: Record<string, string>
  /** Workers, each running one call at a time; DEFAULT_POOL_SIZE when not given. */
  size?: number
  timeoutMs?: number
  appid?: string
  /** Where failures are reported; the console by default. */
  log?: (line: string) => void
}

interface Job {
  request: InvokeRequest
  resolve(result: unknown): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker
  job?: Job
  timer?: NodeJS.Timeout
}

/**
 * A pool of function workers, one invocation at a time each, as cloud function instances are. Calls
 * beyond the pool's size wait in line. A worker whose function hangs past the time limit is
 * terminated and replaced; one that crashes is replaced; the server keeps serving.
 */
export class FunctionPool {
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private readonly known = new Set<string>()
  private nextId = 1
  private closed = false
  readonly size: number
  readonly timeoutMs: number

  constructor(private readonly options: PoolOptions) {
    this.size = options.size ?? DEFAULT_POOL_SIZE
    this.timeoutMs = options.timeoutMs ?? 20_000
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn())
  }

  /**
   * Whether `name` is a function of the bundle. The bundle does not change while the pool runs (a
   * rebuild is a new bundle and a new pool), so each name is looked up on disk once, not per call.
   */
  has(name: string): boolean {
    if (this.known.has(name)) return true
    const found = /^[a-z][a-zA-Z0-9]*$/.test(name) && existsSync(join(this.options.functionsDir, name, 'index.js'))
    // Names that are no function are not kept: a caller could fill the set with made-up names.
    if (found) this.known.add(name)
    return found
  }

  /**
   * Runs `name` with `event` for a caller: the OPENID a token proved (or none) and the address the
   * request came from (none for timers). Never throws; every failure is a rejected promise.
   */
  invoke(name: string, event: unknown, openid?: string, clientIp?: string): Promise<unknown> {
    if (this.closed) return Promise.reject(new FunctionFailed('the local cloud is shutting down'))
    if (!this.has(name)) return Promise.reject(new UnknownFunction(name))
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, name, event, openid, clientIp }, resolve, reject })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(new FunctionFailed('the local cloud is shutting down'))
    await Promise.all(
      this.slots.map((slot) => {
        clearTimeout(slot.timer)
        slot.job?.reject(new FunctionFailed('the local cloud is shutting down'))
        return slot.worker.terminate()
      }),
    )
  }

  private spawn(): Slot {
    const setup: WorkerSetup = { functionsDir: this.options.functionsDir, appid: this.options.appid ?? 'touristappid' }
    const worker = new Worker(join(this.options.functionsDir, '_worker.js'), {
      workerData: setup,
      env: { ...process.env, ...this.options.env },
    })
    const slot: Slot = { worker }
    worker.on('message', (reply: InvokeReply) => this.guard(() => this.settle(slot, reply)))
    // An answer too deep for this thread to deserialize arrives as this event instead: it is the
    // answer to the slot's one call, which fails rather than waiting for the time limit.
    worker.on('messageerror', (error) =>
      this.guard(() => slot.job && this.settle(slot, { id: slot.job.request.id, ok: false, message: `the answer could not be passed back: ${error.message}` })),
    )
    worker.on('error', (error) => this.guard(() => this.replace(slot, `worker crashed: ${error.message}`)))
    worker.on('exit', () => this.guard(() => this.replace(slot, 'worker exited')))
    // An idle worker must not keep the process alive on its own.
    worker.unref()
    return slot
  }

  /**
   * Hands waiting jobs to idle workers. Never throws: a job that cannot be handed over (postMessage
   * refuses an event it cannot clone, e.g. one nested thousands deep, with a stack overflow) fails on
   * its own and gives its slot back at once, instead of holding it until the time limit.
   */
  private dispatch() {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return
      if (slot.job) continue
      const job = this.queue.shift()!
      try {
        slot.worker.postMessage(job.request)
      } catch (error) {
        this.log(`[local cloud] ${job.request.name}: could not hand the call to a worker: ${error instanceof Error ? error.message : String(error)}`)
        job.reject(new FunctionFailed('the call could not be handed to a worker'))
        continue
      }
      slot.job = job
      slot.timer = setTimeout(() => this.guard(() => this.replace(slot, `timed out after ${this.timeoutMs} ms`)), this.timeoutMs)
      slot.worker.ref()
    }
  }

  /** Runs a pool duty from an event or timer: whatever goes wrong is logged, never left to end the process. */
  private guard(duty: () => void) {
    try {
      duty()
    } catch (error) {
      this.log(`[local cloud] the function pool failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    }
  }

  private log(line: string) {
    ;(this.options.log ?? console.error)(line)
  }

  private settle(slot: Slot, reply: InvokeReply) {
    const job = slot.job
    if (!job || job.request.id !== reply.id) return
    clearTimeout(slot.timer)
    slot.job = undefined
    slot.worker.unref()
    if (reply.ok) job.resolve(reply.result)
    else job.reject(new FunctionFailed(reply.message))
    this.dispatch()
  }

  /** Ends a worker that failed (or hung) and puts a fresh one in its place. */
  private replace(slot: Slot, reason: string) {
    const index = this.slots.indexOf(slot)
    if (index < 0 || this.closed) return
    clearTimeout(slot.timer)
    const job = slot.job
    slot.job = undefined
    slot.worker.removeAllListeners()
    slot.worker.on('error', () => undefined)
    slot.worker.terminate().catch(() => undefined)
    if (job) {
      this.log(`[local cloud] ${job.request.name}: ${reason}`)
      job.reject(new FunctionFailed(reason))
    }
    this.slots[index] = this.spawn()
    this.dispatch()
  }
}
