import { newUser, startTestCloud, type TestCloud, stateWithoutRefusals } from './harness'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
})
afterAll(() => t.close())

const station = { name: '城关派出所', address: '城关区民主路 88 号', phone: '0931-8123456' }
const officer = (stationId: string, badgeNo: string, areas: string[]) => ({
  name: '王建国',
  badgeNo,
  phone: '13800000001',
  dutyHours: '工作日 8:30–17:30',
  stationId,
  areas,
})

describe('whoami', () => {
  it('refuses a caller with no identity', async () => {
    const answer = await t.anonymous.call('org', 'whoami')
    expect(answer.status).toBe(401)
    expect(answer.body).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
  })

  it('knows a new caller as a resident', async () => {
    const me = newUser()
    expect(await t.as(me).ok('org', 'whoami')).toEqual({ openid: me, role: 'resident' })
  })

  it('knows the admins named in ADMIN_OPENIDS', async () => {
    expect((await t.admin.ok('org', 'whoami')).role).toBe('admin')
  })

  it('ignores anything the event says about who the caller is', async () => {
    const me = newUser()
    const answer = await t.as(me).raw('org', {
      action: 'whoami',
      data: {},
      userInfo: { openId: t.admin.openid },
      openid: t.admin.openid,
      OPENID: t.admin.openid,
    })
    expect(answer.body).toEqual({ ok: true, data: { openid: me, role: 'resident' } })
  })
})

describe('stations', () => {
  it('lets an admin create a station that anyone can then list', async () => {
    const { stationId } = await t.admin.ok('org', 'createStation', { ...station, name: '南关派出所' })
    const page = await t.anonymous.ok('org', 'listStations', { limit: 100 })
    expect(page.items).toContainEqual({ stationId, ...station, name: '南关派出所' })
  })

  it('refuses a resident before looking at the input, and changes nothing', async () => {
    const before = stateWithoutRefusals(t.cloud)
    const answer = await t.as(newUser()).call('org', 'createStation', { name: 1 })
    expect(answer.status).toBe(403)
    expect(answer.body.ok === false && answer.body.error.code).toBe('FORBIDDEN')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })

  it('answers a bad phone number with INVALID_ARGUMENT naming the field, and changes nothing', async () => {
    const before = t.cloud.db.snapshot()
    const answer = await t.admin.call('org', 'createStation', { ...station, phone: '12' })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '参数无效：phone 电话号码格式不正确', field: 'phone' },
    })
    expect(t.cloud.db.snapshot()).toEqual(before)
  })

  it('refuses fields the action does not know', async () => {
    const answer = await t.admin.call('org', 'createStation', { ...station, isAdmin: true })
    expect(answer.body.ok === false && answer.body.error.message).toContain('isAdmin')
  })

  it('pages through every station exactly once', async () => {
    for (let i = 0; i < 5; i++) await t.admin.ok('org', 'createStation', { ...station, name: `分页测试所${i}` })
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page: { items: { name: string }[]; nextCursor?: string } = await t.anonymous.ok('org', 'listStations', { limit: 2, cursor })
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...page.items.map((s) => s.name))
      cursor = page.nextCursor
    } while (cursor)
    const paged = seen.filter((n) => n.startsWith('分页测试所'))
    expect(paged).toEqual(['分页测试所0', '分页测试所1', '分页测试所2', '分页测试所3', '分页测试所4'])
    expect(new Set(seen).size).toBe(seen.length)
  })

  it('answers a forged cursor with INVALID_ARGUMENT', async () => {
    const answer = await t.anonymous.call('org', 'listStations', { cursor: 'not-a-cursor' })
    expect(answer.body.ok === false && answer.body.error.code).toBe('INVALID_ARGUMENT')
  })
})

describe('officers and their areas', () => {
  let stationId: string
  beforeAll(async () => {
    ;({ stationId } = await t.admin.ok('org', 'createStation', { ...station, name: '民警测试所' }))
  })

  it('moves an area to the officer it is assigned to, so an area has one current officer', async () => {
    const first = await t.admin.ok('org', 'createOfficer', officer(stationId, '100001', ['南关社区', '民主西路社区']))
    const second = await t.admin.ok('org', 'createOfficer', { ...officer(stationId, '100002', ['南关社区']), name: '李晓梅' })
    const { items } = await t.admin.ok('org', 'listOfficers', { stationId })
    const areasOf = (id: string) => items.find((o) => o.officerId === id)?.areas
    expect(areasOf(first.officerId)).toEqual(['民主西路社区'])
    expect(areasOf(second.officerId)).toEqual(['南关社区'])
    const areas = t.cloud.db.snapshot().areas as { _id: string; officerId: string | null }[]
    expect(areas.find((a) => a._id === '南关社区')?.officerId).toBe(second.officerId)
  })

  it('releases the areas an update leaves out', async () => {
    const { officerId } = await t.admin.ok('org', 'createOfficer', officer(stationId, '100003', ['张掖路社区']))
    await t.admin.ok('org', 'updateOfficer', { officerId, areas: [] })
    const areas = t.cloud.db.snapshot().areas as { _id: string; officerId: string | null }[]
    expect(areas.find((a) => a._id === '张掖路社区')?.officerId).toBeNull()
  })

  it('refuses a badge number that is already used', async () => {
    await t.admin.ok('org', 'createOfficer', officer(stationId, '100009', []))
    const answer = await t.admin.call('org', 'createOfficer', officer(stationId, '100009', []))
    expect(answer.body).toEqual({ ok: false, error: { code: 'CONFLICT', message: '警号 100009 已被使用' } })
  })

  it('answers an officer of an unknown station with NOT_FOUND', async () => {
    const answer = await t.admin.call('org', 'createOfficer', officer('no-such-station', '100010', []))
    expect(answer.body.ok === false && answer.body.error.code).toBe('NOT_FOUND')
  })

  it('lets an officer list their own station only', async () => {
    const other = await t.admin.ok('org', 'createStation', { ...station, name: '别的所' })
    const { officerId } = await t.admin.ok('org', 'createOfficer', officer(stationId, '100011', []))
    const openid = newUser('officer')
    await t.admin.ok('org', 'grantRole', { openid, role: 'officer', officerId })
    const me = t.as(openid)
    expect(await me.ok('org', 'whoami')).toEqual({ openid, role: 'officer', officerId, stationId })
    const own = await me.ok('org', 'listOfficers', { limit: 100 })
    expect(own.items.every((o) => o.stationId === stationId)).toBe(true)
    const answer = await me.call('org', 'listOfficers', { stationId: other.stationId })
    expect(answer.body.ok === false && answer.body.error.code).toBe('FORBIDDEN')
  })
})

describe('roles', () => {
  it('grants and revokes the admin role', async () => {
    const openid = newUser()
    await t.admin.ok('org', 'grantRole', { openid, role: 'admin' })
    expect((await t.as(openid).ok('org', 'whoami')).role).toBe('admin')
    await t.admin.ok('org', 'revokeRole', { openid })
    expect((await t.as(openid).ok('org', 'whoami')).role).toBe('resident')
  })

  it('requires an officer record to grant the officer role', async () => {
    const answer = await t.admin.call('org', 'grantRole', { openid: newUser(), role: 'officer' })
    expect(answer.body.ok === false && answer.body.error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'officerId' })
  })

  it('keeps an admin from revoking their own role', async () => {
    const answer = await t.admin.call('org', 'revokeRole', { openid: t.admin.openid })
    expect(answer.body.ok === false && answer.body.error.code).toBe('CONFLICT')
  })

  it('does not let a resident grant roles', async () => {
    const answer = await t.as(newUser()).call('org', 'grantRole', { openid: newUser(), role: 'admin' })
    expect(answer.status).toBe(403)
  })
})
