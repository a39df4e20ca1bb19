/**
 * Each cloud function is one domain, deployed alone: what two domains share lives in
 * cloudfunctions/_shared/ (bundled into each) or goes through the contract (types/). A domain that
 * imports another domain's folder couples their insides, and a cycle between them (org ↔ plates, as
 * once) makes both harder to change. This reads the import graph and refuses any such edge.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

const FUNCTIONS = resolve(__dirname, '../../cloudfunctions')
const SHARED = '_shared'

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules') return []
    if (statSync(path).isDirectory()) return sourcesUnder(path)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** The folder directly under cloudfunctions/ a path lies in, or undefined outside it. */
function domainOf(path: string): string | undefined {
  const rel = relative(FUNCTIONS, path)
  if (rel.startsWith('..') || rel === '') return undefined
  return rel.split(sep)[0]
}

/** Every module a source names: import and export … from, import(), require(). */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName)
}

/** The imports of `file` that reach into a domain other than its own (for _shared/: into any domain). */
function crossings(file: string, source: string): string[] {
  const own = domainOf(file)
  return specifiers(source)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => ({ spec, target: domainOf(resolve(dirname(file), spec)) }))
    .filter(({ target }) => target !== undefined && target !== own && target !== SHARED)
    .map(({ spec }) => `${relative(FUNCTIONS, file)} → ${spec}`)
}

describe('the import graph of the cloud functions', () => {
  const files = sourcesUnder(FUNCTIONS)

  it('has every domain import only itself, _shared/ and the contract', () => {
    expect(files.length).toBeGreaterThan(40)
    const found = files.flatMap((file) => crossings(file, readFileSync(file, 'utf8')))
    expect(found).toEqual([])
  })

  it('keeps _shared/ free of any domain', () => {
    const shared = files.filter((file) => domainOf(file) === SHARED)
    expect(shared.length).toBeGreaterThan(10)
    const found = shared.flatMap((file) => crossings(file, readFileSync(file, 'utf8')))
    expect(found).toEqual([])
  })

  it('sees the crossings it is there to refuse', () => {
    const inPrivacy = join(FUNCTIONS, 'privacy', 'my-data.ts')
    expect(crossings(inPrivacy, "import { releaseBooking } from '../visits/seats'")).toEqual(['privacy/my-data.ts → ../visits/seats'])
    expect(crossings(inPrivacy, "export { x } from '../org/stations'\nconst y = require('../plates/cards')")).toHaveLength(2)
    expect(crossings(join(FUNCTIONS, SHARED, 'stations.ts'), "import type { OfficerDoc } from '../org/docs'")).toHaveLength(1)
    expect(
      crossings(inPrivacy, "import { db } from '../_shared/cloud'\nimport { privacy } from '../../types/privacy'\nimport { x } from './registry'"),
    ).toEqual([])
  })
})
