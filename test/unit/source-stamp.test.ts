import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import webpack from 'webpack'
import { h5SourceHash, hashSources, SOURCE_STAMP, SourceStampPlugin } from '../../config/source-stamp'

describe('the H5 build stamp', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jmt-stamp-'))
    mkdirSync(join(root, 'src', 'pages'), { recursive: true })
    writeFileSync(join(root, 'src', 'pages', 'index.tsx'), 'export default 1\n')
    writeFileSync(join(root, 'src', 'pages', 'index.css'), '.a{color:red}\n')
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('changes when only a stylesheet changes, so a restyled page is rebuilt for the browser tests', () => {
    const before = hashSources(root, ['src'])
    writeFileSync(join(root, 'src', 'pages', 'index.css'), '.a{color:blue}\n')
    expect(hashSources(root, ['src'])).not.toBe(before)
  })

  it('changes when a file is renamed, and not when nothing changed', () => {
    const before = hashSources(root, ['src'])
    expect(hashSources(root, ['src'])).toBe(before)
    writeFileSync(join(root, 'src', 'pages', 'other.css'), readFileSync(join(root, 'src', 'pages', 'index.css')))
    rmSync(join(root, 'src', 'pages', 'index.css'))
    expect(hashSources(root, ['src'])).not.toBe(before)
  })

  it('is written by a production build that succeeded, whoever ran it, and not by a failed one', async () => {
    const out = join(root, 'out')
    const run = (entry: string) =>
      new Promise<webpack.Stats>((resolve, reject) =>
        webpack({ mode: 'production', context: root, entry, output: { path: out }, plugins: [new SourceStampPlugin(root)] }).run((error, stats) =>
          error || !stats ? reject(error) : resolve(stats),
        ),
      )
    writeFileSync(join(root, 'entry.js'), 'console.log(1)\n')
    const failed = await run('./missing.js')
    expect(failed.hasErrors()).toBe(true)
    expect(existsSync(join(out, SOURCE_STAMP))).toBe(false)
    const built = await run('./entry.js')
    expect(built.hasErrors()).toBe(false)
    // The hash scripts/h5-build.ts compares with, stylesheets included.
    expect(readFileSync(join(out, SOURCE_STAMP), 'utf8')).toBe(h5SourceHash(root))
  })
})
