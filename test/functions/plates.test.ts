import { checkCharacter } from '../../types/plate-code'
import { ADMIN, newUser, startTestCloud, type TestCloud, stateWithoutRefusals } from './harness'

let t: TestCloud
let stationId: string
let officerId: string

beforeAll(async () => {
  t = await startTestCloud()
  ;({ stationId } = await t.admin.ok('org', 'createStation', { name: '城关派出所', address: '民主路 88 号', phone: '0931-8123456' }))
  ;({ officerId } = await t.admin.ok('org', 'createOfficer', {
    name: '王建国',
    badgeNo: '200001',
    phone: '13800000001',
    dutyHours: '工作日 8:30–17:30',
    stationId,
    areas: ['南关社区'],
  }))
})
afterAll(() => t.close())

const place = () => ({ kind: 'plate', label: '南关社区 3 号楼', address: '南关什字 3 号楼', area: '南关社区', stationId })
const errorOf = (answer: { body: { ok: boolean; error?: { code: string; message: string } } }) => answer.body.error

describe('looking up a plate', () => {
  it('shows the officer of the plate area, the station and the emergency numbers', async () => {
    const { code } = await t.admin.ok('plates', 'create', place())
    const card = await t.as(newUser()).ok('plates', 'lookup', { code: code.toLowerCase() })
    expect(card.plate).toEqual({ code, kind: 'plate', label: '南关社区 3 号楼', address: '南关什字 3 号楼', area: '南关社区', status: 'active' })
    expect(card.officer).toEqual({ officerId, name: '王建国', badgeNo: '200001', dutyHours: '工作日 8:30–17:30', phone: '13800000001' })
    expect(card.station).toMatchObject({ stationId, name: '城关派出所', phone: '0931-8123456' })
    expect(card.emergency.map((e) => e.number)).toEqual(['110', '119', '120', '122'])
  })

  it('works for someone who is not signed in', async () => {
    const { code } = await t.admin.ok('plates', 'create', place())
    expect((await t.anonymous.ok('plates', 'lookup', { code })).officer?.name).toBe('王建国')
  })

  it('follows the area when officers rotate: the plate stays, the card changes', async () => {
    const { code } = await t.admin.ok('plates', 'create', place())
    await t.admin.ok('org', 'createOfficer', {
      name: '李晓梅',
      badgeNo: '200002',
      phone: '13800000002',
      dutyHours: '工作日 9:00–18:00',
      stationId,
      areas: ['南关社区'],
    })
    expect((await t.anonymous.ok('plates', 'lookup', { code })).officer?.name).toBe('李晓梅')
  })

  it('follows an officer changing their phone', async () => {
    const { code } = await t.admin.ok('plates', 'create', { ...place(), area: '改号社区' })
    const { officerId: id } = await t.admin.ok('org', 'createOfficer', {
      name: '赵立新',
      badgeNo: '200003',
      phone: '13800000003',
      dutyHours: '全天',
      stationId,
      areas: ['改号社区'],
    })
    await t.admin.ok('org', 'updateOfficer', { officerId: id, phone: '13800000009' })
    expect((await t.anonymous.ok('plates', 'lookup', { code })).officer?.phone).toBe('13800000009')
  })

  it('shows the station when the area has no officer', async () => {
    const { code } = await t.admin.ok('plates', 'create', { ...place(), area: '无人社区' })
    const card = await t.anonymous.ok('plates', 'lookup', { code })
    expect(card.officer).toBeNull()
    expect(card.station.phone).toBe('0931-8123456')
  })

  it('shows a retired plate as retired, with the reason it was retired, the area officer and the station', async () => {
    const { code } = await t.admin.ok('plates', 'create', { ...place(), area: '拆迁社区' })
    await t.admin.ok('org', 'createOfficer', { name: '钱志刚', badgeNo: '200011', phone: '13800000011', dutyHours: '全天', stationId, areas: ['拆迁社区'] })
    await t.admin.ok('plates', 'retire', { code, reason: '小区拆迁，牌子已收回' })
    const card = await t.anonymous.ok('plates', 'lookup', { code })
    expect(card.plate).toMatchObject({ status: 'retired', retiredReason: '小区拆迁，牌子已收回' })
    expect(card.officer?.name).toBe('钱志刚')
    expect(card.station.name).toBe('城关派出所')
  })

  it('shows on a retired plate the officer of its area today, not the one of the day it was retired', async () => {
    const { code } = await t.admin.ok('plates', 'create', { ...place(), area: '换人社区' })
    const { officerId: before } = await t.admin.ok('org', 'createOfficer', {
      name: '孙立',
      badgeNo: '200012',
      phone: '13800000012',
      dutyHours: '全天',
      stationId,
      areas: ['换人社区'],
    })
    await t.admin.ok('plates', 'retire', { code, reason: '楼已拆除' })
    await t.admin.ok('org', 'updateOfficer', { officerId: before, areas: [] })
    expect((await t.anonymous.ok('plates', 'lookup', { code })).officer).toBeNull()
    await t.admin.ok('org', 'createOfficer', { name: '周敏', badgeNo: '200013', phone: '13800000013', dutyHours: '全天', stationId, areas: ['换人社区'] })
    expect((await t.anonymous.ok('plates', 'lookup', { code })).officer?.name).toBe('周敏')
  })

  it('says no retirement reason on an active plate', async () => {
    const { code } = await t.admin.ok('plates', 'create', place())
    expect((await t.anonymous.ok('plates', 'lookup', { code })).plate).not.toHaveProperty('retiredReason')
  })

  it('answers a mistyped code as mistyped, not as another plate', async () => {
    const { code } = await t.admin.ok('plates', 'create', place())
    const typo = code.slice(0, 2) + (code[2] === 'A' ? 'B' : 'A') + code.slice(3)
    const answer = await t.anonymous.call('plates', 'lookup', { code: typo })
    expect(answer.status).toBe(400)
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_ARGUMENT', message: '联系牌编号有误，请核对后重新输入' })
  })

  it('answers a well-formed code that was never issued with NOT_FOUND', async () => {
    const body = 'ZZZZZZZ'
    const answer = await t.anonymous.call('plates', 'lookup', { code: body + checkCharacter(body) })
    expect(answer.status).toBe(404)
    expect(errorOf(answer)?.message).toContain('没有找到')
  })

  it('answers with one database request, and counts the scan in one more when the page asks', async () => {
    const { code } = await t.admin.ok('plates', 'create', place())
    const resident = t.as(newUser())
    const before = t.cloud.sdkRequests()
    await resident.ok('plates', 'lookup', { code })
    expect(t.cloud.sdkRequests() - before).toBe(1)
    await resident.ok('plates', 'countScan', { code })
    expect(t.cloud.sdkRequests() - before).toBe(2)
  })
})

describe('managing plates', () => {
  it('creates a batch of codes that are all distinct and all look up', async () => {
    const { codes } = await t.admin.ok('plates', 'createBatch', { ...place(), label: undefined, count: 30, labelPrefix: '南关-' })
    expect(new Set(codes).size).toBe(30)
    const card = await t.anonymous.ok('plates', 'lookup', { code: codes[29] })
    expect(card.plate.label).toBe('南关-30')
  })

  it('writes a batch of 500 a few at a time (not one by one), each label once, codes in label order', async () => {
    // Watch the inserts reach the database: how many are in flight at once.
    const db = t.cloud.db
    const handle = db.handle
    let inFlight = 0
    let most = 0
    db.handle = async (body) => {
      const insert = body.action === 'database.insertDocument' && body.collectionName === 'plates'
      if (insert) most = Math.max(most, ++inFlight)
      try {
        return await handle(body)
      } finally {
        if (insert) inFlight--
      }
    }
    let codes: string[]
    try {
      ;({ codes } = await t.admin.ok('plates', 'createBatch', { ...place(), label: undefined, count: 500, labelPrefix: '批量-' }))
    } finally {
      db.handle = handle
    }
    expect(most).toBeGreaterThan(1) // in parallel…
    expect(most).toBeLessThanOrEqual(10) // …but bounded (BATCH_CONCURRENCY in plates/manage.ts)
    expect(new Set(codes).size).toBe(500)
    const plates = (t.cloud.db.snapshot().plates as Array<{ _id: string; label: string }>).filter((p) => p.label.startsWith('批量-'))
    expect(plates).toHaveLength(500)
    const labelOf = new Map(plates.map((p) => [p._id, p.label]))
    expect(codes.map((code) => labelOf.get(code))).toEqual(Array.from({ length: 500 }, (_v, i) => `批量-${String(i + 1).padStart(3, '0')}`))
  }, 120_000)

  it('refuses a batch of more than 500', async () => {
    const before = t.cloud.db.snapshot()
    const { label: _label, ...rest } = place()
    const answer = await t.admin.call('plates', 'createBatch', { ...rest, count: 501, labelPrefix: 'x' })
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_ARGUMENT', message: '参数无效：count 一次最多生成 500 块' })
    expect(t.cloud.db.snapshot()).toEqual(before)
  })

  it('rebinds a plate to another area and shows that area officer', async () => {
    const { code } = await t.admin.ok('plates', 'create', { ...place(), area: '无人社区' })
    await t.admin.ok('plates', 'update', { code, area: '南关社区', label: '新位置' })
    const card = await t.anonymous.ok('plates', 'lookup', { code })
    expect(card.plate).toMatchObject({ area: '南关社区', label: '新位置' })
    expect(card.officer).not.toBeNull()
  })

  it('lists plates newest first, page by page', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page: { items: { code: string }[]; nextCursor?: string } = await t.admin.ok('plates', 'list', { stationId, limit: 25, cursor })
      seen.push(...page.items.map((p) => p.code))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen.length).toBeGreaterThan(30)
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('makes a printable QR code of the plate link', async () => {
    const { code } = await t.admin.ok('plates', 'create', place())
    const qr = await t.admin.ok('plates', 'qrcode', { code })
    expect(qr.scene).toBe(code)
    expect(qr.url).toBe(`${t.cloud.url}/p/${code}`)
    expect(Buffer.from(qr.pngBase64, 'base64').subarray(1, 4).toString()).toBe('PNG')
  })

  it.each([
    ['create', place],
    ['createBatch', () => ({ ...place(), label: undefined, count: 1, labelPrefix: 'x' })],
    ['update', () => ({ code: 'NGSQ234X', label: '改名' })],
    ['retire', () => ({ code: 'NGSQ234X', reason: '测试' })],
    ['list', () => ({})],
    ['get', () => ({ code: 'NGSQ234X' })],
    ['qrcode', () => ({ code: 'NGSQ234X' })],
    ['stats', () => ({})],
  ] as const)('refuses %s to a resident and to no identity, changing nothing', async (action, data) => {
    const before = stateWithoutRefusals(t.cloud)
    const resident = await t.as(newUser()).call('plates', action, data())
    const nobody = await t.anonymous.call('plates', action, data())
    expect(errorOf(resident)?.code).toBe('FORBIDDEN')
    expect(errorOf(nobody)?.code).toBe('UNAUTHENTICATED')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })
})

describe('scan statistics', () => {
  it('counts one person opening a plate repeatedly within the hour once, and keeps no trace of them after compaction', async () => {
    const { code } = await t.admin.ok('plates', 'create', { ...place(), label: '统计测试' })
    const alice = t.as(newUser())
    const bob = t.as(newUser())
    // The lookup alone counts nothing (it answers with one read); the page sends countScan once the card shows.
    await alice.ok('plates', 'lookup', { code })
    const marksOf = (plate: string) => ((t.cloud.db.snapshot().plateScanMarks ?? []) as { _id: string; code: string }[]).filter((m) => m.code === plate)
    const marks = () => marksOf(code)
    expect(marks()).toHaveLength(0)
    await alice.ok('plates', 'countScan', { code })
    await alice.ok('plates', 'countScan', { code })
    await bob.ok('plates', 'countScan', { code })
    expect(marks()).toHaveLength(2)
    // A count for a well-formed code that is no plate is dropped when the marks are folded.
    const nowhere = 'ZZZZ234' + checkCharacter('ZZZZ234')
    await bob.ok('plates', 'countScan', { code: nowhere })
    expect(await bob.call('plates', 'countScan', { code: 'NOT-A-CODE' })).toMatchObject({ body: { ok: false, error: { code: 'INVALID_ARGUMENT' } } })

    // The hourly timer, as the platform fires it, once the marks are an hour and a bit old (a timer
    // runs on the server's clock, whatever time its event names).
    for (const { _id, ...mark } of [...marks(), ...marksOf(nowhere)]) {
      await t.cloud.db.upsert('plateScanMarks', _id, { ...mark, at: new Date(Date.now() - 61 * 60_000) })
    }
    await t.cloud.pool.invoke('plates', { Type: 'Timer', TriggerName: 'hourly', Time: new Date().toISOString() })
    expect(marks()).toHaveLength(0)
    expect(marksOf(nowhere)).toHaveLength(0)
    expect(((t.cloud.db.snapshot().plateScanDays ?? []) as { code: string }[]).filter((d) => d.code === nowhere)).toHaveLength(0)
    const stats = await t.admin.ok('plates', 'stats', { stationId, days: 7 })
    expect(stats.perDay.reduce((n, d) => n + d.scans, 0)).toBeGreaterThanOrEqual(2)
    expect(stats.stale.map((p) => p.code)).not.toContain(code)
    expect(stats.perPlate.find((p) => p.code === code)).toEqual({ code, label: '统计测试', area: '南关社区', scans: 2 })
  })

  it('does not count staff opening a plate in the console as a scan', async () => {
    const { code } = await t.admin.ok('plates', 'create', { ...place(), label: '控制台查看' })
    const seen = await t.admin.ok('plates', 'get', { code })
    expect(seen.plate).toMatchObject({ code, label: '控制台查看', stationId, scans: 0 })
    expect(seen.officer?.name).toBeDefined()
    const marks = ((t.cloud.db.snapshot().plateScanMarks ?? []) as { code: string }[]).filter((m) => m.code === code)
    expect(marks).toHaveLength(0)
  })

  it('shows staff why a plate was retired', async () => {
    const { code } = await t.admin.ok('plates', 'create', place())
    await t.admin.ok('plates', 'retire', { code, reason: '小区拆迁' })
    expect((await t.admin.ok('plates', 'get', { code })).plate).toMatchObject({ status: 'retired', retiredReason: '小区拆迁' })
  })

  it('does not let a user fire the timer, not even an admin', async () => {
    const direct = await t.cloud.pool.invoke('plates', { Type: 'Timer', TriggerName: 'hourly', Time: new Date().toISOString() }, ADMIN)
    expect(direct).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // Through the gateway only {action, data} reaches a function, so a timer event cannot even be sent.
    const viaGateway = await t.as(ADMIN).raw('plates', { Type: 'Timer', TriggerName: 'hourly' })
    expect(viaGateway.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })
})
