import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Compiler } from 'webpack'

/** Everything the H5 build is made from, relative to the project root: every file in them counts, styles and images included. */
export const H5_SOURCES = ['src', 'config', 'types', 'babel.config.js', 'package-lock.json']

/** Where a production H5 build records the hash of the sources it was made from. */
export const SOURCE_STAMP = '.source-hash'

/**
 * A hash of the files under `entries` (paths relative to `root`) whose names match `include`, with
 * their paths, so that a change, a new file or a rename all change it.
 */
export function hashSources(root: string, entries: string[], include: RegExp = /./): string {
  const hash = createHash('sha256')
  const walk = (path: string) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) walk(join(path, entry))
    } else if (include.test(path)) {
      hash.update(relative(root, path))
      hash.update(readFileSync(path))
    }
  }
  entries.forEach((entry) => walk(join(root, entry)))
  return hash.digest('hex').slice(0, 16)
}

export const h5SourceHash = (root: string) => hashSources(root, H5_SOURCES)

/**
 * Writes the sources' hash into the output folder after a production build that succeeded, whoever
 * started it (`npm run build:h5`, `npm start`, the browser tests), so each of them can tell a build of
 * the current sources from a stale one. The hash is taken before compiling: a file saved during the
 * build leaves the stamp stale, as the build is. Watch builds (development) are never stamped.
 */
export class SourceStampPlugin {
  /** `root`: the project whose H5_SOURCES are hashed, this repo unless told. */
  constructor(private readonly root: string = resolve(__dirname, '..')) {}

  apply(compiler: Compiler) {
    let hash: string | undefined
    compiler.hooks.beforeRun.tap('SourceStampPlugin', () => {
      hash = h5SourceHash(this.root)
    })
    compiler.hooks.done.tap('SourceStampPlugin', (stats) => {
      const out = compiler.options.output.path
      if (hash && out && !stats.hasErrors()) writeFileSync(join(out, SOURCE_STAMP), hash)
    })
  }
}
