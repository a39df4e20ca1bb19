/**
 * The plates console's daily work (issue 16 "Plates", issue 19 #8), with the genuine wx-server-sdk
 * against the local cloud: search, bulk retire and rebind, the station's known areas and areas moving
 * between stations, a batch printed and exported as a whole, and exact statistics past 1,000 rows.
 */
import { CITY_STATION, newUser, signedInOfficer, startTestCloud, stateWithoutRefusals, type TestCloud } from './harness'
import { present } from '../list-items'

let t: TestCloud
let stationId: string
let otherStationId: string
let officer: ReturnType<TestCloud['as']>

const errorOf = (answer: { body: { ok: boolean; error?: { code: string; message: string } } }) => answer.body.error
const plateDoc = (code: string) => (t.cloud.db.snapshot().plates as Array<Record<string, unknown>>).find((p) => p._id === code)

beforeAll(async () => {
  t = await startTestCloud()
  ;({ stationId } = await t.admin.ok('org', 'createStation', CITY_STATION))
  ;({ stationId: otherStationId } = await t.admin.ok('org', 'createStation', { name: '东岗派出所', address: '东岗西路 1 号', phone: '0931-8654321' }))
  ;({ officer } = await signedInOfficer(t, stationId, ['南关社区', '民主西路社区']))
  await t.admin.ok('org', 'createOfficer', {
    name: '陈东',
    badgeNo: '300002',
    phone: '13800000002',
    dutyHours: '工作日',
    stationId: otherStationId,
    areas: ['东岗社区'],
  })
})
afterAll(() => t.close())

const place = (label: string, extra: Record<string, string> = {}) => ({
  kind: 'plate',
  label,
  address: '南关什字 3 号楼',
  area: '南关社区',
  stationId,
  ...extra,
})

describe('plates.list q', () => {
  let codes: Record<string, string>
  beforeAll(async () => {
    codes = {}
    for (const [key, label, address, area] of [
      ['gate', '南关小学门口', '南关什字 18 号', '南关社区'],
      ['market', '农贸市场东门', '南关农贸市场', '南关社区'],
      ['site', '建筑工地 (二期)', '民主西路与酒泉路口', '民主西路社区'],
    ] as const) {
      codes[key] = (await t.admin.ok('plates', 'create', place(label, { address, area }))).code
    }
    await t.admin.ok('plates', 'create', place('东岗社区门口', { area: '东岗社区', stationId: otherStationId, address: '东岗西路' }))
  })

  const found = async (q: string, who = t.admin, extra = {}) => (await who.ok('plates', 'list', { q, limit: 100, ...extra })).items.map((p) => p.code).sort()

  it('finds part of a label, an address, an area name, or a code typed in lower case', async () => {
    expect(await found('小学')).toEqual([codes.gate])
    expect(await found('农贸')).toEqual([codes.market])
    expect(await found('民主西')).toEqual([codes.site])
    expect(await found(present(codes.site, 'the site plate').slice(1, 6).toLowerCase())).toEqual([codes.site])
  })

  it('takes what was typed literally: brackets and dots are not patterns', async () => {
    expect(await found('(二期)')).toEqual([codes.site])
    expect(await found('.*')).toEqual([])
  })

  it("searches an officer's own station only, and combines with the other filters", async () => {
    expect(await found('门口')).toHaveLength(2) // an admin sees both stations' 门口
    expect(await found('门口', officer)).toEqual([codes.gate])
    expect(await found('南关', t.admin, { status: 'retired' })).toEqual([])
  })

  it('pages a search without repeating or skipping', async () => {
    for (let i = 0; i < 7; i++) await t.admin.ok('plates', 'create', place(`翻页测试 ${i}`))
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page: { items: { code: string }[]; nextCursor?: string } = await t.admin.ok('plates', 'list', { q: '翻页测试', limit: 3, cursor })
      seen.push(...page.items.map((p) => p.code))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(7)
    expect(new Set(seen).size).toBe(7)
  })

  it.each([[''], ['x'.repeat(31)], [42]])('refuses q = %p with INVALID_ARGUMENT', async (q) => {
    expect(errorOf(await t.admin.call('plates', 'list', { q }))?.code).toBe('INVALID_ARGUMENT')
  })
})

describe('plates.retireMany', () => {
  it('retires the plates it can, reports each one it cannot, and shows the reason in the console', async () => {
    const a = (await t.admin.ok('plates', 'create', place('停用甲'))).code
    const b = (await t.admin.ok('plates', 'create', place('停用乙'))).code
    const done = (await t.admin.ok('plates', 'create', place('停用丙'))).code
    await t.admin.ok('plates', 'retire', { code: done, reason: '早已收回' })
    const unknown = 'ZZZZZZZ' + (await import('../../types/plate-code')).checkCharacter('ZZZZZZZ')

    const answer = await t.admin.ok('plates', 'retireMany', { codes: [a, b.toLowerCase(), done, unknown, 'NOPE'], reason: '小区拆迁' })
    expect(answer.retired).toEqual([a, b])
    expect(answer.failed).toEqual([
      { code: 'NOPE', message: '联系牌编号应为 8 位字母和数字' },
      { code: done, message: '这块联系牌已经停用' },
      { code: unknown, message: '没有找到这块联系牌' },
    ])
    const listed = (await t.admin.ok('plates', 'list', { q: '停用', limit: 10 })).items
    expect(listed.find((p) => p.code === a)).toMatchObject({ status: 'retired', retiredReason: '小区拆迁' })
    expect(listed.find((p) => p.code === done)).toMatchObject({ status: 'retired', retiredReason: '早已收回' })
    expect((await t.anonymous.ok('plates', 'lookup', { code: b })).plate).toMatchObject({ status: 'retired', retiredReason: '小区拆迁' })
    const audit = (t.cloud.db.snapshot().auditLog as Array<{ action: string; outcome?: string }>).filter((l) => l.action === 'retireMany' && !l.outcome)
    expect(audit).toHaveLength(1)
  })

  it.each([
    ['no codes', { codes: [], reason: '小区拆迁' }],
    ['101 codes', { codes: Array.from({ length: 101 }, (_v, i) => `CODE${i}`), reason: '小区拆迁' }],
    ['the same code twice', { codes: ['NGSQ234X', 'NGSQ234X'], reason: '小区拆迁' }],
    ['a one-character reason', { codes: ['NGSQ234X'], reason: '拆' }],
    ['no reason', { codes: ['NGSQ234X'] }],
    ['an unknown field', { codes: ['NGSQ234X'], reason: '小区拆迁', force: true }],
  ])('refuses %s with INVALID_ARGUMENT, changing nothing', async (_what, data) => {
    const { code } = await t.admin.ok('plates', 'create', place('不该停用'))
    const before = stateWithoutRefusals(t.cloud)
    const answer = await t.admin.call('plates', 'retireMany', {
      ...data,
      codes: (data.codes as string[] | undefined)?.map((c) => (c === 'NGSQ234X' ? code : c)),
    })
    expect(answer.status).toBe(400)
    expect(errorOf(answer)?.code).toBe('INVALID_ARGUMENT')
    expect(errorOf(answer)?.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })

  it('is for admins: an officer and a resident are refused, changing nothing', async () => {
    const { code } = await t.admin.ok('plates', 'create', place('官员不可停用'))
    const before = stateWithoutRefusals(t.cloud)
    expect(errorOf(await officer.call('plates', 'retireMany', { codes: [code], reason: '小区拆迁' }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.as(newUser()).call('plates', 'retireMany', { codes: [code], reason: '小区拆迁' }))?.code).toBe('FORBIDDEN')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })

  it('retires 100 plates in one call', async () => {
    const { codes } = await t.admin.ok('plates', 'createBatch', {
      kind: 'plate',
      labelPrefix: '百块-',
      address: '南关',
      area: '南关社区',
      stationId,
      count: 100,
    })
    const answer = await t.admin.ok('plates', 'retireMany', { codes, reason: '整批收回' })
    expect(answer.retired).toHaveLength(100)
    expect(codes.every((code) => plateDoc(code)?.status === 'retired')).toBe(true)
  }, 60_000)
})

describe('plates.rebindMany', () => {
  it('moves active plates to an area, whose officer the cards then show; retired ones are reported', async () => {
    const a = (await t.admin.ok('plates', 'create', place('改绑甲', { area: '新社区' }))).code
    const b = (await t.admin.ok('plates', 'create', place('改绑乙', { area: '新社区' }))).code
    await t.admin.ok('plates', 'retire', { code: b, reason: '已拆除' })
    const answer = await t.admin.ok('plates', 'rebindMany', { codes: [a, b], area: '民主西路社区', stationId })
    expect(answer).toEqual({ rebound: [a], failed: [{ code: b, message: '已停用的联系牌不能改绑' }] })
    expect((await t.anonymous.ok('plates', 'lookup', { code: a })).officer?.name).toBe('王建国')
    expect(plateDoc(b)).toMatchObject({ area: '新社区' })
  })

  it('refuses an area another station holds, or a station that does not exist, moving nothing', async () => {
    const { code } = await t.admin.ok('plates', 'create', place('不动'))
    const before = stateWithoutRefusals(t.cloud)
    const taken = await t.admin.call('plates', 'rebindMany', { codes: [code], area: '东岗社区', stationId })
    expect(errorOf(taken)).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('东岗社区属于东岗派出所') })
    const missing = await t.admin.call('plates', 'rebindMany', { codes: [code], area: '南关社区', stationId: 'no-such-station' })
    expect(errorOf(missing)?.code).toBe('NOT_FOUND')
    const bad = await t.admin.call('plates', 'rebindMany', { codes: [code], area: '南', stationId })
    expect(errorOf(bad)?.code).toBe('INVALID_ARGUMENT')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })

  it('the same rule holds for one plate: create refuses an area of another station', async () => {
    const before = stateWithoutRefusals(t.cloud)
    expect(errorOf(await t.admin.call('plates', 'create', place('越界', { area: '东岗社区' })))?.code).toBe('INVALID_ARGUMENT')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })
})

describe('areas', () => {
  it("lists a station's known areas with their officer and plate count; an officer sees their own", async () => {
    const { items } = await t.admin.ok('plates', 'listAreas', { stationId })
    const nanguan = items.find((a) => a.area === '南关社区')
    expect(nanguan).toMatchObject({ stationId, officerName: '王建国' })
    expect(nanguan!.plates).toBeGreaterThan(0)
    expect(items.find((a) => a.area === '新社区')).toMatchObject({ officerName: null }) // named by plates only
    expect(items.map((a) => a.area)).not.toContain('东岗社区')
    // In pinyin order, as people in China look names up.
    expect(items.map((a) => a.area)).toEqual(items.map((a) => a.area).sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')))
    expect((await officer.ok('plates', 'listAreas', {})).items.map((a) => a.area)).toEqual(items.map((a) => a.area))
    expect(errorOf(await officer.call('plates', 'listAreas', { stationId: otherStationId }))?.code).toBe('FORBIDDEN')
  })

  it("takes an area's plates along when the area goes to an officer of another station", async () => {
    const { officerId } = await t.admin.ok('org', 'createOfficer', {
      name: '周北',
      badgeNo: '300009',
      phone: '13800000009',
      dutyHours: '工作日',
      stationId,
      areas: ['移交社区'],
    })
    const { code } = await t.admin.ok('plates', 'create', place('移交牌', { area: '移交社区' }))
    expect(officerId).toBeTruthy()
    await t.admin.ok('org', 'createOfficer', {
      name: '东岗新警',
      badgeNo: '300010',
      phone: '13800000010',
      dutyHours: '工作日',
      stationId: otherStationId,
      areas: ['移交社区'],
    })
    expect(plateDoc(code)).toMatchObject({ stationId: otherStationId })
    const card = await t.anonymous.ok('plates', 'lookup', { code })
    expect(card.officer?.name).toBe('东岗新警')
    expect(card.station.name).toBe('东岗派出所')
  })
})

describe('a batch as a whole', () => {
  let batchId: string
  let codes: string[]
  beforeAll(async () => {
    ;({ codes, batchId } = await t.admin.ok('plates', 'createBatch', {
      kind: 'plate',
      labelPrefix: '海报,"批"-',
      address: '南关什字',
      area: '南关社区',
      stationId,
      count: 25,
    }))
  })

  it('prints page by page: every plate once, in label order, each with its card and QR image', async () => {
    const posters: Array<{ plate: { code: string; label: string }; officer: { name: string } | null; pngBase64: string; url: string }> = []
    let cursor: string | undefined
    do {
      const page: { items: typeof posters; nextCursor?: string } = await t.admin.ok('plates', 'listPosters', { batchId, cursor })
      posters.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    expect(posters.map((p) => p.plate.code)).toEqual(codes)
    expect(posters[24]!.plate.label).toBe('海报,"批"-25')
    expect(posters.every((p) => p.officer?.name === '王建国' && Buffer.from(p.pngBase64, 'base64').subarray(1, 4).toString() === 'PNG')).toBe(true)
    expect(posters[0]!.url).toBe(`${t.cloud.url}/p/${codes[0]}`)
  })

  it('exports codes, labels and links as a CSV Excel opens: BOM, CRLF, quoted cells', async () => {
    const { filename, csv } = await t.admin.ok('plates', 'exportBatch', { batchId })
    expect(filename).toBe(`联系牌批次-${batchId}.csv`)
    expect(csv.startsWith('\uFEFF编号,名称,种类,社区,地址,状态,链接\r\n')).toBe(true)
    const lines = csv.trimEnd().split('\r\n')
    expect(lines).toHaveLength(26)
    expect(lines[1]).toBe(`${codes[0]},"海报,""批""-01",联系牌,南关社区,南关什字,在用,${t.cloud.url}/p/${codes[0]}`)
  })

  it("is another station's officer's NOT_FOUND, and a malformed batch id INVALID_ARGUMENT", async () => {
    const stranger = t.as(newUser('officer'))
    const { officerId } = await t.admin.ok('org', 'createOfficer', {
      name: '外所',
      badgeNo: '300011',
      phone: '13800000011',
      dutyHours: '工作日',
      stationId: otherStationId,
      areas: [],
    })
    await t.admin.ok('org', 'grantRole', { openid: stranger.openid!, role: 'officer', officerId })
    expect(errorOf(await stranger.call('plates', 'exportBatch', { batchId }))?.code).toBe('NOT_FOUND')
    expect(errorOf(await stranger.call('plates', 'listPosters', { batchId }))?.code).toBe('NOT_FOUND')
    expect((await officer.ok('plates', 'listPosters', { batchId, limit: 1 })).items).toHaveLength(1)
    expect(errorOf(await t.admin.call('plates', 'exportBatch', { batchId: '../x' }))?.code).toBe('INVALID_ARGUMENT')
    expect(errorOf(await t.admin.call('plates', 'listPosters', { batchId, limit: 0 }))?.code).toBe('INVALID_ARGUMENT')
  })

  it('lists the batch', async () => {
    const { items } = await t.admin.ok('plates', 'list', { batchId, limit: 100 })
    expect(items.map((p) => p.code).sort()).toEqual([...codes].sort())
    expect(items.every((p) => p.batchId === batchId)).toBe(true)
  })
})

describe('statistics past 1,000 rows (issue 19 #8)', () => {
  const DAY_MS = 86_400_000
  let statsStation: string
  const chinaDayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10)

  beforeAll(async () => {
    ;({ stationId: statsStation } = await t.admin.ok('org', 'createStation', { name: '统计派出所', address: '统计路 1 号', phone: '0931-8000000' }))
    const now = Date.now()
    const old = new Date(now - 60 * DAY_MS)
    const card = { officer: null, station: { stationId: statsStation, name: '统计派出所', address: '统计路 1 号', phone: '0931-8000000' } }
    // 1,100 plates (past one page of a `get`), 60 days old; the first 60 scanned on each of 30 days.
    const plates = Array.from({ length: 1100 }, (_v, i) => ({
      _id: `S${String(i).padStart(7, '0')}`,
      kind: 'plate',
      label: `统计 ${i}`,
      address: '统计路',
      area: i % 2 ? '单号社区' : '双号社区',
      stationId: statsStation,
      status: 'active',
      scans: 0,
      card,
      createdAt: old,
      updatedAt: old,
    }))
    // One plate put up yesterday and not scanned yet: too young to be stale.
    plates.push({ ...plates[0]!, _id: 'SYOUNG01', label: '新装的牌子', createdAt: new Date(now - DAY_MS), updatedAt: new Date(now - DAY_MS) })
    await t.cloud.db.insertMany('plates', plates)
    const days = Array.from({ length: 30 }, (_v, d) => chinaDayOf(now - d * DAY_MS))
    const scanDays = plates
      .slice(0, 60)
      .flatMap((p, i) => days.map((day) => ({ _id: `${p._id}:${day}`, code: p._id, stationId: statsStation, day, scans: 1 + (i % 3) })))
    expect(scanDays.length).toBe(1800)
    await t.cloud.db.insertMany('plateScanDays', scanDays)
  }, 60_000)

  it('counts every scan, every scanned plate and every stale plate exactly', async () => {
    const stats = await t.admin.ok('plates', 'stats', { stationId: statsStation, days: 30 })
    // 60 plates × 30 days, scans 1, 2, 3 in turn: 20 plates each × 30 days × (1 + 2 + 3).
    const total = 20 * 30 * 6
    expect(stats.perDay).toHaveLength(30)
    expect(stats.perDay.reduce((n, d) => n + d.scans, 0)).toBe(total)
    expect(stats.perDay.every((d) => d.scans === 20 * 6)).toBe(true)
    expect(stats.perPlate).toHaveLength(60)
    expect(stats.perPlate.reduce((n, p) => n + p.scans, 0)).toBe(total)
    expect(stats.perPlate[0]!.scans).toBe(90)
    expect(stats.perArea.reduce((n, a) => n + a.scans, 0)).toBe(total)
    expect(stats.perArea.map((a) => a.area).sort()).toEqual(['单号社区', '双号社区'])
    expect(stats.stale).toHaveLength(1100 - 60)
    expect(stats.stale.map((p) => p.code)).not.toContain('SYOUNG01')
  }, 60_000)

  it('narrows the window: 7 days count 7 days', async () => {
    const stats = await t.admin.ok('plates', 'stats', { stationId: statsStation, days: 7 })
    expect(stats.perDay.reduce((n, d) => n + d.scans, 0)).toBe(20 * 7 * 6)
  }, 60_000)

  it('exports one CSV row per plate, scanned first', async () => {
    const { filename, csv } = await t.admin.ok('plates', 'exportStats', { stationId: statsStation, days: 30 })
    expect(filename).toMatch(/^扫码统计-近30天-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = csv.trimEnd().split('\r\n')
    expect(lines[0]).toBe('\uFEFF编号,名称,社区,状态,近 30 天扫码次数,无人扫码')
    expect(lines).toHaveLength(1 + 1101)
    expect(lines[1]).toMatch(/^S\d{7},统计 \d+,.+,在用,90,$/)
    expect(lines.filter((l) => l.endsWith(',是'))).toHaveLength(1040)
  }, 60_000)

  it("keeps an officer to their own station's statistics and refuses a bad window, changing nothing", async () => {
    const before = stateWithoutRefusals(t.cloud)
    expect(errorOf(await officer.call('plates', 'stats', { stationId: statsStation }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await officer.call('plates', 'exportStats', { stationId: statsStation }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.admin.call('plates', 'stats', { days: 91 }))?.code).toBe('INVALID_ARGUMENT')
    expect(errorOf(await t.admin.call('plates', 'exportStats', { days: 0 }))?.code).toBe('INVALID_ARGUMENT')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
    const own = await officer.ok('plates', 'stats', {})
    expect(own.perPlate.map((p) => p.code)).not.toContain('S0000000')
  })
})
