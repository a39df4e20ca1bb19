import { startLocalCloud } from './cloud'

/**
 * `npm run serve` (and, through scripts/start.ts, `npm start`): the local cloud with the settings of
 * its environment: PORT, HOST, DATA_DIR, ADMIN_OPENIDS, DEMO, WORKERS, TIMER_INTERVAL_MS.
 */
async function main() {
  const env = process.env
  const host = env.HOST || '127.0.0.1'
  const cloud = await startLocalCloud({
    port: env.PORT ? Number(env.PORT) : 8787,
    host,
    dataDir: env.DATA_DIR || undefined,
    adminOpenids: (env.ADMIN_OPENIDS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    demo: env.DEMO === '1',
    workers: env.WORKERS ? Number(env.WORKERS) : undefined,
    // Timer triggers (e.g. the hourly scan compaction) fire every TIMER_INTERVAL_MS, 10 minutes by default.
    timerIntervalMs: env.TIMER_INTERVAL_MS ? Number(env.TIMER_INTERVAL_MS) : 10 * 60_000,
  })
  const { printWelcome } = await import('./welcome')
  printWelcome(cloud.url, { demo: env.DEMO === '1', host })

  const stop = async (signal: string) => {
    console.log(`\n收到 ${signal}，正在停止本地云……`)
    await cloud.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((error) => {
  console.error('本地云启动失败：', error)
  process.exit(1)
})
