import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FunctionPool } from './pool'

interface Trigger {
  name: string
  type: string
  config: string
}

/**
 * The local cloud's stand-in for timer triggers: each trigger a function declares in its config.json
 * fires every `intervalMs` (the cron expression is for the WeChat cloud; locally a fixed interval is
 * enough to keep hourly jobs such as scan compaction running). Returns a stop function.
 */
export function startTimers(pool: FunctionPool, functionsDir: string, intervalMs: number, log = console.error): () => void {
  const timers: NodeJS.Timeout[] = []
  let stopped = false
  for (const name of readdirSync(functionsDir)) {
    const configFile = join(functionsDir, name, 'config.json')
    if (!existsSync(configFile)) continue
    const triggers = ((JSON.parse(readFileSync(configFile, 'utf8')) as { triggers?: Trigger[] }).triggers ?? []).filter((t) => t.type === 'timer')
    for (const trigger of triggers) {
      const fire = () =>
        pool
          .invoke(name, { Type: 'Timer', TriggerName: trigger.name, Time: new Date().toISOString() })
          // A run cut short by the cloud stopping is not a failure worth reporting.
          .catch((error: Error) => stopped || log(`[local cloud] timer ${name}.${trigger.name} failed: ${error.message}`))
      const timer = setInterval(fire, intervalMs)
      timer.unref()
      timers.push(timer)
    }
  }
  return () => {
    stopped = true
    timers.forEach(clearInterval)
  }
}
