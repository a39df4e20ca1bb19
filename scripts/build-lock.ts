import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const STALE_AFTER_MS = 10 * 60 * 1000
const sleeper = new Int32Array(new SharedArrayBuffer(4))

/**
 * Runs `build` while holding a lock directory, so that two test runs on one machine (two jest
 * projects, or two developers' shells) never write the same output folder at once. A lock whose
 * holder died, or that is older than any build takes, is taken over.
 */
export function withBuildLock<T>(dir: string, build: () => T): T {
  const lock = join(dir, '.build-lock')
  mkdirSync(dir, { recursive: true })
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(join(lock, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if (isStale(lock)) rmSync(lock, { recursive: true, force: true })
      else Atomics.wait(sleeper, 0, 0, 500)
    }
  }
  try {
    return build()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

function isStale(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_AFTER_MS) return true
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'))
    if (!pid) return false
    process.kill(pid, 0)
    return false
  } catch (error) {
    // ESRCH: the holder is gone. ENOENT: the lock vanished or its pid is not written yet.
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}
