import { newUser, startTestCloud, stateWithoutRefusals, type TestCloud } from './harness'

/**
 * Console access given and taken in the console: by OPENID or by a one-time 绑定码, listed, revoked;
 * officers deactivated and back; stations renamed with unique names.
 */
let t: TestCloud
let stationId: string
beforeAll(async () => {
  t = await startTestCloud()
  ;({ stationId } = await t.admin.ok('org', 'createStation', { name: '城关派出所', address: '民主路 88 号', phone: '0931-8123456' }))
})
afterAll(() => t.close())

let badge = 700000
async function newOfficer(areas: string[] = [], name = '王建国') {
  badge += 1
  return (await t.admin.ok('org', 'createOfficer', { name, badgeNo: String(badge), phone: '13800000001', dutyHours: '工作日 8:30–17:30', stationId, areas }))
    .officerId
}

const errorOf = (answer: { body: { ok: boolean; error?: { code: string; message: string; field?: string } } }) => answer.body.error

interface BindCodeRow {
  _id: string
  status: string
  officerId?: string
  usedBy?: string
}
const bindCodes = () => (t.cloud.db.snapshot().bindCodes ?? []) as BindCodeRow[]

describe('绑定码', () => {
  it('opens the console for whoever enters it on 我的, once, as the officer it was made for', async () => {
    const officerId = await newOfficer([], '李晓梅')
    const { bindCode, expiresAt, role } = await t.admin.ok('org', 'createBindCode', { role: 'officer', officerId })
    expect(bindCode).toMatch(/^\d{8}$/)
    expect(role).toBe('officer')
    const minutes = (Date.parse(expiresAt) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(14)
    expect(minutes).toBeLessThanOrEqual(15)

    const person = newUser('bind')
    expect(await t.as(person).ok('org', 'redeemBindCode', { bindCode })).toEqual({ role: 'officer', officerId, stationId })
    expect(await t.as(person).ok('org', 'whoami')).toEqual({ openid: person, role: 'officer', officerId, stationId })

    // Single use: the next person with the same code gets nothing.
    const second = newUser('bind')
    const again = await t.as(second).call('org', 'redeemBindCode', { bindCode })
    expect(errorOf(again)).toMatchObject({ code: 'NOT_FOUND', message: '绑定码不对、已用过或已过期，请向管理员要一个新的' })
    expect((await t.as(second).ok('org', 'whoami')).role).toBe('resident')
  })

  it('keeps only a hash of the code, never the code itself', async () => {
    const officerId = await newOfficer()
    const { bindCode } = await t.admin.ok('org', 'createBindCode', { role: 'officer', officerId })
    const stored = JSON.stringify(t.cloud.db.snapshot())
    expect(stored).not.toContain(bindCode)
    const row = bindCodes().find((c) => c.officerId === officerId)
    expect(row?._id).toMatch(/^[0-9a-f]{64}$/)
  })

  it('voids the older code of the same officer record when a new one is made', async () => {
    const officerId = await newOfficer()
    const first = await t.admin.ok('org', 'createBindCode', { role: 'officer', officerId })
    const second = await t.admin.ok('org', 'createBindCode', { role: 'officer', officerId })
    expect(bindCodes().filter((c) => c.officerId === officerId)).toHaveLength(1)
    expect(errorOf(await t.as(newUser()).call('org', 'redeemBindCode', { bindCode: first.bindCode }))?.code).toBe('NOT_FOUND')
    expect((await t.as(newUser()).ok('org', 'redeemBindCode', { bindCode: second.bindCode })).officerId).toBe(officerId)
  })

  it('refuses an expired code', async () => {
    const officerId = await newOfficer()
    const { bindCode } = await t.admin.ok('org', 'createBindCode', { role: 'officer', officerId })
    // Sixteen minutes later, as far as the stored code knows.
    const row = bindCodes().find((c) => c.officerId === officerId)!
    await t.cloud.db.upsert('bindCodes', row._id, { ...row, expiresAt: new Date(Date.now() - 60_000) })
    const person = newUser()
    expect(errorOf(await t.as(person).call('org', 'redeemBindCode', { bindCode }))?.code).toBe('NOT_FOUND')
    expect((await t.as(person).ok('org', 'whoami')).role).toBe('resident')
  })

  it('can make an admin, with the name the log shows', async () => {
    const { bindCode } = await t.admin.ok('org', 'createBindCode', { role: 'admin', name: '张所长' })
    const person = newUser()
    expect(await t.as(person).ok('org', 'redeemBindCode', { bindCode })).toEqual({ role: 'admin' })
    const staff = await t.admin.ok('org', 'listStaff', { role: 'admin', limit: 100 })
    expect(staff.items).toContainEqual(
      expect.objectContaining({ openid: person, role: 'admin', name: '张所长', active: true, via: 'bindCode', grantedBy: t.admin.openid }),
    )
  })

  it('limits tries: a person guessing codes is RATE_LIMITED after 20 in an hour', async () => {
    const guesser = t.as(newUser('guess'))
    const codes: string[] = []
    for (let i = 0; i < 20; i++) codes.push(errorOf(await guesser.call('org', 'redeemBindCode', { bindCode: String(10_000_000 + i) }))?.code ?? 'ok')
    expect(new Set(codes)).toEqual(new Set(['NOT_FOUND']))
    const limited = await guesser.call('org', 'redeemBindCode', { bindCode: '12345678' })
    expect(limited.status).toBe(429)
    expect(errorOf(limited)?.code).toBe('RATE_LIMITED')
  })

  it('answers a malformed code with INVALID_ARGUMENT and changes nothing', async () => {
    const before = t.cloud.db.snapshot()
    for (const bindCode of ['1234', '1234567a', '123456789', 12345678]) {
      const answer = await t.as(newUser()).call('org', 'redeemBindCode', { bindCode })
      expect(errorOf(answer)).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'bindCode' })
    }
    const { rateLimits: _a, ...after } = t.cloud.db.snapshot()
    const { rateLimits: _b, ...was } = before
    expect(after).toEqual(was)
  })

  it('needs an officer record for an officer code, which must exist (INVALID_ARGUMENT, NOT_FOUND)', async () => {
    const before = stateWithoutRefusals(t.cloud)
    expect(errorOf(await t.admin.call('org', 'createBindCode', { role: 'officer' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'officerId' })
    expect(errorOf(await t.admin.call('org', 'createBindCode', { role: 'chief' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'role' })
    expect(errorOf(await t.admin.call('org', 'createBindCode', { role: 'officer', officerId: 'of-none' }))?.code).toBe('NOT_FOUND')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })

  it('is made by admins only: an officer or a resident is FORBIDDEN, and nothing changes', async () => {
    const officerId = await newOfficer()
    const officerOpenid = newUser('officer')
    await t.admin.ok('org', 'grantRole', { openid: officerOpenid, role: 'officer', officerId })
    const before = stateWithoutRefusals(t.cloud)
    for (const who of [officerOpenid, newUser()]) {
      const answer = await t.as(who).call('org', 'createBindCode', { role: 'admin' })
      expect(answer.status).toBe(403)
      expect(errorOf(answer)?.code).toBe('FORBIDDEN')
      expect(errorOf(await t.as(who).call('org', 'listStaff', {}))?.code).toBe('FORBIDDEN')
    }
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })

  it('does not turn an admin into an officer', async () => {
    const officerId = await newOfficer()
    const { bindCode } = await t.admin.ok('org', 'createBindCode', { role: 'officer', officerId })
    expect(errorOf(await t.admin.call('org', 'redeemBindCode', { bindCode }))?.code).toBe('CONFLICT')
    expect((await t.admin.ok('org', 'whoami')).role).toBe('admin')
  })

  it('is written to the audit log without the code', async () => {
    const officerId = await newOfficer()
    const { bindCode } = await t.admin.ok('org', 'createBindCode', { role: 'officer', officerId })
    const person = newUser()
    await t.as(person).ok('org', 'redeemBindCode', { bindCode })
    const log = (t.cloud.db.snapshot().auditLog ?? []) as { actor: string; action: string; target?: string }[]
    expect(log).toContainEqual(expect.objectContaining({ actor: t.admin.openid, action: 'createBindCode', target: `officerId=${officerId}` }))
    expect(log).toContainEqual(expect.objectContaining({ actor: person, action: 'redeemBindCode', target: `officerId=${officerId}` }))
    expect(JSON.stringify(log)).not.toContain(bindCode)
  })
})

describe('who has console access', () => {
  it('lists grants with the officer’s name, badge and how they were made; a revoked one is gone', async () => {
    const officerId = await newOfficer([], '赵立新')
    const openid = newUser('officer')
    await t.admin.ok('org', 'grantRole', { openid, role: 'officer', officerId })
    const { items } = await t.admin.ok('org', 'listStaff', { role: 'officer', limit: 100 })
    expect(items).toContainEqual(expect.objectContaining({ openid, role: 'officer', name: '赵立新', officerId, stationId, active: true, via: 'openid' }))
    expect(items.every((s) => s.role === 'officer')).toBe(true)
    await t.admin.ok('org', 'revokeRole', { openid })
    const after = await t.admin.ok('org', 'listStaff', { limit: 100 })
    expect(after.items.map((s) => s.openid)).not.toContain(openid)
    expect((await t.as(openid).ok('org', 'whoami')).role).toBe('resident')
  })

  it('pages through every grant exactly once', async () => {
    for (let i = 0; i < 5; i++) await t.admin.ok('org', 'grantRole', { openid: newUser('page'), role: 'admin' })
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page: { items: { openid: string }[]; nextCursor?: string } = await t.admin.ok('org', 'listStaff', { limit: 2, cursor })
      seen.push(...page.items.map((s) => s.openid))
      cursor = page.nextCursor
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBe(((t.cloud.db.snapshot().staff ?? []) as unknown[]).length)
  })

  it('answers a bad filter with INVALID_ARGUMENT', async () => {
    expect(errorOf(await t.admin.call('org', 'listStaff', { role: 'resident' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'role' })
  })
})

describe('deactivating an officer', () => {
  it('takes their console access and their name off their areas’ plates; reactivating gives both back', async () => {
    const officerId = await newOfficer(['停用测试社区'], '孙立')
    const openid = newUser('officer')
    await t.admin.ok('org', 'grantRole', { openid, role: 'officer', officerId })
    const { code } = await t.admin.ok('plates', 'create', { kind: 'plate', label: '停用测试社区 1 号', address: '路 1 号', area: '停用测试社区', stationId })
    expect((await t.anonymous.ok('plates', 'lookup', { code })).officer?.name).toBe('孙立')

    expect(await t.admin.ok('org', 'deactivateOfficer', { officerId })).toEqual({ officerId, active: false })
    expect((await t.as(openid).ok('org', 'whoami')).role).toBe('resident')
    expect(errorOf(await t.as(openid).call('org', 'listOfficers', {}))?.code).toBe('FORBIDDEN')
    expect((await t.anonymous.ok('plates', 'lookup', { code })).officer).toBeNull()
    const listed = await t.admin.ok('org', 'listOfficers', { stationId, limit: 100 })
    expect(listed.items.find((o) => o.officerId === officerId)).toMatchObject({ active: false, areas: ['停用测试社区'] })
    const staff = await t.admin.ok('org', 'listStaff', { limit: 100 })
    expect(staff.items.find((s) => s.openid === openid)?.active).toBe(false)

    await t.admin.ok('org', 'reactivateOfficer', { officerId })
    expect((await t.as(openid).ok('org', 'whoami')).role).toBe('officer')
    expect((await t.anonymous.ok('plates', 'lookup', { code })).officer?.name).toBe('孙立')
  })

  it('voids their open 绑定码 and refuses new grants while deactivated', async () => {
    const officerId = await newOfficer()
    const { bindCode } = await t.admin.ok('org', 'createBindCode', { role: 'officer', officerId })
    await t.admin.ok('org', 'deactivateOfficer', { officerId })
    expect(errorOf(await t.as(newUser()).call('org', 'redeemBindCode', { bindCode }))?.code).toBe('NOT_FOUND')
    expect(errorOf(await t.admin.call('org', 'grantRole', { openid: newUser(), role: 'officer', officerId }))?.code).toBe('CONFLICT')
    expect(errorOf(await t.admin.call('org', 'createBindCode', { role: 'officer', officerId }))?.code).toBe('CONFLICT')
  })

  it('is for admins only, and a bad id is INVALID_ARGUMENT; neither changes anything', async () => {
    const officerId = await newOfficer()
    const before = stateWithoutRefusals(t.cloud)
    expect(errorOf(await t.as(newUser()).call('org', 'deactivateOfficer', { officerId }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.admin.call('org', 'deactivateOfficer', { officerId: 'no such id!' }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'officerId',
    })
    expect(errorOf(await t.admin.call('org', 'reactivateOfficer', { officerId, active: true }))?.code).toBe('INVALID_ARGUMENT')
    expect(errorOf(await t.admin.call('org', 'deactivateOfficer', { officerId: 'of-none' }))?.code).toBe('NOT_FOUND')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })
})

describe('stations', () => {
  it('answers CONFLICT for a second station of the same name, and creates nothing', async () => {
    const before = t.cloud.db.snapshot()
    const answer = await t.admin.call('org', 'createStation', { name: '城关派出所', address: '别的路 1 号', phone: '0931-8000000' })
    expect(answer.status).toBe(409)
    expect(errorOf(answer)).toEqual({ code: 'CONFLICT', message: '已经有一个叫“城关派出所”的派出所或警务室，请换一个名称' })
    expect(t.cloud.db.snapshot().stations).toEqual(before.stations)
  })

  it('keeps names unique in the database too: the unique index refuses a duplicate that slips past the read', async () => {
    const db = t.cloud.db
    await expect(db.insertMany('stations', [{ _id: 'st-twin', name: '城关派出所', address: '路', phone: '110', createdAt: new Date() }])).rejects.toThrow(
      /duplicate|E11000/i,
    )
  })

  it('updateStation changes what plates show', async () => {
    const { stationId: id } = await t.admin.ok('org', 'createStation', { name: '改名前派出所', address: '旧路 1 号', phone: '0931-8000001' })
    badge += 1
    await t.admin.ok('org', 'createOfficer', {
      name: '周明',
      badgeNo: String(badge),
      phone: '13800000002',
      dutyHours: '工作日',
      stationId: id,
      areas: ['改名社区'],
    })
    const { code } = await t.admin.ok('plates', 'create', { kind: 'plate', label: '改名社区 1 号', address: '路 1 号', area: '改名社区', stationId: id })
    expect(await t.admin.ok('org', 'updateStation', { stationId: id, name: '改名后派出所', phone: '0931-8000002' })).toEqual({ stationId: id })
    const listed = await t.anonymous.ok('org', 'listStations', { limit: 100 })
    expect(listed.items).toContainEqual({ stationId: id, name: '改名后派出所', address: '旧路 1 号', phone: '0931-8000002' })
    const card = await t.anonymous.ok('plates', 'lookup', { code })
    expect(card.station).toMatchObject({ name: '改名后派出所', phone: '0931-8000002' })
  })

  it('updateStation answers CONFLICT for another station’s name, but keeps its own name', async () => {
    const { stationId: id } = await t.admin.ok('org', 'createStation', { name: '重名测试所', address: '路 2 号', phone: '0931-8000003' })
    const before = t.cloud.db.snapshot().stations
    expect(errorOf(await t.admin.call('org', 'updateStation', { stationId: id, name: '城关派出所' }))?.code).toBe('CONFLICT')
    expect(t.cloud.db.snapshot().stations).toEqual(before)
    await t.admin.ok('org', 'updateStation', { stationId: id, name: '重名测试所', address: '路 3 号' })
  })

  it('updateStation: bad input is INVALID_ARGUMENT, a resident or officer FORBIDDEN, an unknown station NOT_FOUND; none changes anything', async () => {
    const officerOpenid = newUser('officer')
    await t.admin.ok('org', 'grantRole', { openid: officerOpenid, role: 'officer', officerId: await newOfficer() })
    const before = stateWithoutRefusals(t.cloud)
    expect(errorOf(await t.admin.call('org', 'updateStation', { stationId, phone: '12' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'phone' })
    expect(errorOf(await t.admin.call('org', 'updateStation', { stationId, name: '城' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'name' })
    expect(errorOf(await t.admin.call('org', 'updateStation', { name: '无编号所' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'stationId' })
    expect(errorOf(await t.admin.call('org', 'updateStation', { stationId, createdAt: 1 }))?.code).toBe('INVALID_ARGUMENT')
    expect(errorOf(await t.admin.call('org', 'updateStation', { stationId: 'st-none', name: '不存在所' }))?.code).toBe('NOT_FOUND')
    for (const who of [newUser(), officerOpenid]) {
      expect(errorOf(await t.as(who).call('org', 'updateStation', { stationId, name: '夺权派出所' }))?.code).toBe('FORBIDDEN')
    }
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })
})
