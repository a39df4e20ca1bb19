import { buildH5IfStale } from './h5-build'

/**
 * `npm start`: builds the H5 app when its sources changed since the last build, then serves the
 * local cloud with demo data. The settings of `npm run serve` apply (PORT, HOST, DATA_DIR, …).
 */
try {
  if (!buildH5IfStale()) console.log('H5 应用已是最新，跳过构建。')
} catch (error) {
  console.error('H5 构建失败，请查看上面的错误信息。', error)
  process.exit(1)
}
process.env.DEMO ??= '1'
// Imported only now: the local cloud reads DEMO when it loads.
import('../local/main').catch((error: unknown) => {
  console.error('本地云启动失败。', error)
  process.exit(1)
})
