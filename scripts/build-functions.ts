import { join } from 'node:path'
import { bundleFunctions, ROOT } from './bundle-functions'

/** `npm run build:functions`: the deployable functions in dist/cloudfunctions/ (cloudfunctionRoot). */
async function main() {
  const out = join(ROOT, 'dist', 'cloudfunctions')
  const started = Date.now()
  const names = await bundleFunctions(out)
  console.log(`已打包 ${names.length} 个云函数到 ${out}（${Date.now() - started} ms）：${names.join(', ')}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
