import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'

/** CPU time a measurement cost this process, per request: in total and on the main thread. */
export interface CpuPerRequest {
  /** Every thread: the main thread, the function workers, libuv's pool (the log's writes), V8's helpers (GC). */
  total: number
  /** The main thread alone (the gateway, the database emulator and the bench's own client), when the system says (Linux). */
  main?: number
  /** The machine's one-minute load average when the measurement ended: other work shares the cores. */
  load: number
}

/**
 * The main thread's CPU time in ms, from /proc (Linux: utime + stime of the thread whose id is the
 * process id, in clock ticks of 10 ms); undefined where there is no /proc.
 */
function mainThreadMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

/**
 * Runs `measure` and answers its result with the CPU time it cost per request. On a shared machine
 * CPU time moves less than latency with other people's load: it says what a request costs, where
 * latency says how long it waited.
 */
export async function withCpu<T extends { requests: number }>(measure: () => Promise<T>): Promise<T & { cpu: CpuPerRequest }> {
  const mainBefore = mainThreadMs()
  const before = process.cpuUsage()
  const result = await measure()
  const used = process.cpuUsage(before)
  const mainAfter = mainThreadMs()
  const perRequest = (ms: number) => ms / Math.max(1, result.requests)
  return {
    ...result,
    cpu: {
      total: perRequest((used.user + used.system) / 1000),
      main: mainBefore === undefined || mainAfter === undefined ? undefined : perRequest(mainAfter - mainBefore),
      load: loadavg()[0] ?? 0,
    },
  }
}
