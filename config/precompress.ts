import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Compiler } from 'webpack'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Text assets worth compressing; below 1 KB a compressed copy saves less than its header costs. */
const TEXT = /\.(js|css|html|json|svg|txt)$/
const MIN_BYTES = 1024

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every text asset of the
 * H5 build, so the local cloud's gateway sends compressed bytes without compressing on each request
 * (local/gateway/static.ts picks the copy the browser accepts). Runs at the transfer-optimising stage,
 * after minification and after index.html is written.
 */
export class PrecompressPlugin {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, async (assets) => {
        const work = Object.entries(assets)
          .filter(([name]) => TEXT.test(name))
          .map(async ([name, source]) => {
            const bytes = source.buffer()
            if (bytes.length < MIN_BYTES) return
            const [br, gz] = await Promise.all([
              brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
              gzipAsync(bytes, { level: 9 }),
            ])
            compilation.emitAsset(`${name}.br`, new sources.RawSource(br))
            compilation.emitAsset(`${name}.gz`, new sources.RawSource(gz))
          })
        await Promise.all(work)
      })
    })
  }
}
