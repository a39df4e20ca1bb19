import { Agent } from 'node:http'
import { send } from './http-client'
import { quantile } from './quantiles'

/** Latency percentiles of one endpoint under a fixed number of concurrent clients. */
export interface LatencyResult {
  requests: number
  p50: number
  p99: number
  perSecond: number
}

interface Made {
  body: string
  headers?: Record<string, string>
  /** A request the same client sends once the answer is in, untimed: what the page sends next (a scan's count). */
  then?: { body: string; headers?: Record<string, string> }
}

/** A fixed body, or one made per request (to vary the plate code or the caller). */
type Body = string | (() => Made)

export interface MeasureOptions {
  concurrency: number
  requests: number
  method?: string
  body?: Body
  headers?: Record<string, string>
  /** The status every answer must have: 200 unless the measurement is of a refusal. */
  status?: number
}

export async function measure(url: string, options: MeasureOptions): Promise<LatencyResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency })
  const timings: number[] = []
  let next = 0
  const started = process.hrtime.bigint()
  const client = async () => {
    while (next < options.requests) {
      next += 1
      const made: Made = typeof options.body === 'function' ? options.body() : { body: options.body ?? '' }
      const t0 = process.hrtime.bigint()
      await once(url, agent, options, made)
      timings.push(Number(process.hrtime.bigint() - t0) / 1e6)
      if (made.then) await once(url, agent, options, made.then)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, client))
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  agent.destroy()
  return { requests: timings.length, p50: quantile(timings, 0.5), p99: quantile(timings, 0.99), perSecond: timings.length / elapsed }
}

async function once(url: string, agent: Agent, options: MeasureOptions, made: { body: string; headers?: Record<string, string> }): Promise<void> {
  const { status } = await send(url, { agent, method: options.method, headers: { ...options.headers, ...made.headers }, body: made.body })
  if (status !== (options.status ?? 200)) throw new Error(`${url} answered ${status}`)
}
