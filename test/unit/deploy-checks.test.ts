import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkFunctions, checkIndexes, checkSizes, type IndexFile } from '../../scripts/deploy/checks'
import { scanCalls, scanQueries } from '../../scripts/deploy/scan'
import { measureTabBar, measureWeapp } from '../../scripts/size-budget'
import { first, nth } from '../list-items'

const MB = 1024 * 1024

describe('package size check', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jmt-size-'))
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], subPackages: [{ root: 'staff/', pages: ['index/index'] }] }))
    mkdirSync(join(dir, 'pages'))
    mkdirSync(join(dir, 'staff'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const file = (path: string, bytes: number) => writeFileSync(join(dir, path), Buffer.alloc(bytes))

  it('passes packages within the limits, measured from a build folder', () => {
    file('pages/app.js', 1.5 * MB + 3)
    file('staff/index.js', 1900 * 1024)
    const sizes = measureWeapp(dir)
    expect(sizes.subpackages['staff']).toBe(1900 * 1024)
    expect(checkSizes(sizes)).toEqual([])
  })

  it('fails an oversized main package and an oversized subpackage, each by name', () => {
    file('pages/app.js', 2 * MB + 1)
    file('staff/index.js', 2 * MB + 1)
    const findings = checkSizes(measureWeapp(dir))
    expect(findings.map((f) => [f.subject, f.severity])).toEqual([
      ['size:main', 'error'],
      ['size:staff', 'error'],
    ])
    expect(first(findings).message).toContain('主包')
  })

  it('counts the custom tab bar: its component folder and the icons it draws', () => {
    const tabBar = (custom: boolean) => ({
      custom,
      list: [
        { pagePath: 'pages/index/index', text: '首页' },
        { pagePath: 'pages/me/index', text: '我的' },
      ],
    })
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], tabBar: tabBar(true) }))
    mkdirSync(join(dir, 'custom-tab-bar'))
    mkdirSync(join(dir, 'assets/tab'), { recursive: true })
    file('custom-tab-bar/index.js', 1000)
    file('custom-tab-bar/index.wxml', 200)
    file('assets/tab/home.svg', 300)
    file('assets/tab/home-active.svg', 300)
    file('assets/tab/me.svg', 250)
    expect(measureTabBar(dir)).toEqual({ component: 1200, icons: 850 })
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], tabBar: tabBar(false) }))
    expect(measureTabBar(dir)).toEqual({ component: 0, icons: 0 })
  })

  it('fails a total over 30 MB even when every package fits', () => {
    const subpackages = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`sub${i}`, 2 * MB]))
    expect(checkSizes({ main: 1 * MB, subpackages, total: 31 * MB }).map((f) => f.subject)).toEqual(['size:total'])
  })
})

describe('function check', () => {
  const src = [
    { path: 'src/pages/a.tsx', text: "const x = call('plates', 'lookup', { code })\nconst y = call('visits', 'listSessions', {})" },
    { path: 'src/pages/b.ts', text: "call('weather', 'today', {}); other('ignored', 'x')" },
  ]
  const contract = { plates: { lookup: {} }, visits: { listSessions: {} }, fraud: { dailyTip: {} }, community: {} }

  it('finds every call with a literal function name', () => {
    expect(scanCalls(src).map((c) => `${c.fn}.${c.action}@${c.path}:${c.line}`)).toEqual([
      'plates.lookup@src/pages/a.tsx:1',
      'visits.listSessions@src/pages/a.tsx:2',
      'weather.today@src/pages/b.ts:1',
    ])
  })

  it('fails a function the app calls or the contract declares that is not in cloudfunctions/', () => {
    const findings = checkFunctions({ calls: scanCalls(src), contract, deployed: ['plates', 'visits'] })
    const errors = findings.filter((f) => f.severity === 'error')
    expect(errors.map((f) => f.subject)).toEqual(['function:weather', 'function:fraud'])
    expect(first(errors).message).toContain('src/pages/b.ts:1')
    // An empty placeholder in the contract cannot be called: a warning only.
    expect(findings.filter((f) => f.severity === 'warning').map((f) => f.subject)).toEqual(['function:community'])
  })

  it('passes when every called function exists', () => {
    const findings = checkFunctions({ calls: scanCalls(src), contract, deployed: ['plates', 'visits', 'fraud', 'community', 'weather'] })
    expect(findings).toEqual([])
  })

  it('warns about an action the contract does not have', () => {
    const calls = scanCalls([{ path: 'src/x.ts', text: "call('plates', 'explode', {})" }])
    expect(checkFunctions({ calls, contract: { plates: { lookup: {} } }, deployed: ['plates'] })).toEqual([
      expect.objectContaining({ severity: 'warning', subject: 'action:plates.explode' }),
    ])
  })
})

describe('index check', () => {
  const indexes: IndexFile = {
    residents: [
      {
        name: 'area_status',
        keys: [
          { field: 'area', direction: 1 },
          { field: 'status', direction: 1 },
        ],
      },
      { name: 'phone', keys: [{ field: 'phone', direction: 1 }], unique: true },
    ],
    logs: [],
  }
  const fn = (text: string) => [{ path: 'cloudfunctions/demo/index.ts', text }]

  it('reads fields from where, orderBy, spreads, conditionals, _.and and keyset pages', () => {
    const queries = scanQueries(
      fn(`
const scope = admin ? {} : { stationId }
const where = { ...scope, status: 'active' }
await db.collection('residents').where({ area, ...scope }).orderBy('createdAt', 'desc').get()
await db.collection('residents').where(_.and([{ phone }, { 'place.name': name }])).get()
await pageByKey({ collection: 'residents', where, sortBy: 'name', direction: 'asc' })
await db.collection('logs').add({ data: { at: new Date() } })
await db.collection('residents').doc(id).get()
await db.collection('logs').aggregate().match({ level: 'error' }).sort({ at: -1 }).end()
await db.collection('residents').where(makeFilter()).get()
`),
    )
    expect(queries.map((q) => [q.collection, q.fields, q.sortedBy, q.dynamic])).toEqual([
      ['residents', ['area', 'stationId'], ['createdAt'], false],
      ['residents', ['phone', 'place.name'], [], false],
      ['residents', ['stationId', 'status'], ['name'], false],
      ['logs', ['level'], ['at'], false],
      ['residents', [], [], true],
    ])
  })

  it('passes queries an index can start, whatever else they filter or sort on', () => {
    const report = checkIndexes(scanQueries(fn("db.collection('residents').where({ area, note }).orderBy('createdAt', 'asc').get()")), indexes)
    expect(report.findings).toEqual([])
    expect(report.fields.map((f) => `${f.field}:${f.indexed}`)).toEqual(['area:true', 'createdAt:false', 'note:false'])
  })

  it('fails the dry run on a query on fields no index starts with, naming the fields and the place', () => {
    const report = checkIndexes(scanQueries(fn("\n\ndb.collection('residents').where({ status: 'active', nickname }).get()")), indexes)
    expect(report.findings).toEqual([expect.objectContaining({ severity: 'error', subject: 'index:residents.status+nickname' })])
    expect(first(report.findings).message).toContain('cloudfunctions/demo/index.ts:3')
  })

  it('needs nothing for reads by _id, and flags a sort-only list on an unindexed field', () => {
    expect(checkIndexes(scanQueries(fn("db.collection('residents').where({ _id: id, nickname }).get()")), indexes).findings).toEqual([])
    expect(checkIndexes(scanQueries(fn("db.collection('logs').where({}).orderBy('at', 'desc').get()")), indexes).findings.map((f) => f.subject)).toEqual([
      'index:logs.at',
    ])
  })

  it('flags a query on a collection that is not declared (the deploy would not create it)', () => {
    const report = checkIndexes(scanQueries(fn("db.collection('ghosts').where({ name }).get()")), indexes)
    expect(report.findings.map((f) => [f.subject, f.severity])).toEqual([['collection:ghosts', 'error']])
  })
})

describe('index check of collections named at run time', () => {
  it('reads a local constant, and reports a computed name as not checked', () => {
    const queries = scanQueries([
      {
        path: 'cloudfunctions/demo/index.ts',
        text: "const NAME = 'residents'\ndb.collection(NAME).where({ nickname }).get()\ndb.collection(NAMES[kind]).where({ area }).get()",
      },
    ])
    expect(queries.map((q) => [q.collection, q.dynamic])).toEqual([
      ['residents', false],
      ['', true],
    ])
    const report = checkIndexes(queries, { residents: [] })
    expect(report.findings.map((f) => [f.subject, f.severity])).toEqual([
      ['index:residents.nickname', 'error'],
      // only what the scan cannot read stays a warning
      ['index:dynamic', 'warning'],
    ])
    expect(nth(report.findings, 1).message).toContain('集合名运行时确定（cloudfunctions/demo/index.ts:3）')
  })
})
