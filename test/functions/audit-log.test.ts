import { newUser, startTestCloud, stateWithoutRefusals, type TestCloud } from './harness'

/** The audit log as an admin reads it: people's names, and filters by person, station, action and day. */
let t: TestCloud
let stationId: string
let officerId: string
const officerOpenid = newUser('officer')
beforeAll(async () => {
  t = await startTestCloud()
  ;({ stationId } = await t.admin.ok('org', 'createStation', { name: '审计派出所', address: '民主路 1 号', phone: '0931-8123456' }))
  ;({ officerId } = await t.admin.ok('org', 'createOfficer', {
    name: '王建国',
    badgeNo: '900001',
    phone: '13800000001',
    dutyHours: '工作日',
    stationId,
    areas: [],
  }))
  await t.admin.ok('org', 'grantRole', { openid: t.admin.openid!, role: 'admin', name: '刘管理' })
  await t.admin.ok('org', 'grantRole', { openid: officerOpenid, role: 'officer', officerId })
  await t.as(officerOpenid).ok('community', 'saveNotice', { kind: 'notice', title: '审计测试公告', body: '测试公告正文。', pinned: false })
})
afterAll(() => t.close())

const errorOf = (answer: { body: { ok: boolean; error?: { code: string; field?: string } } }) => answer.body.error

it('names who did it and whom it was about', async () => {
  const { items } = await t.admin.ok('privacy', 'auditLog', { limit: 100 })
  expect(items).toContainEqual(
    expect.objectContaining({
      actor: t.admin.openid,
      actorName: '刘管理',
      fn: 'org',
      action: 'grantRole',
      target: `openid=${officerOpenid}`,
      targetName: '王建国',
    }),
  )
  expect(items).toContainEqual(expect.objectContaining({ actor: officerOpenid, actorName: '王建国', role: 'officer', stationId, action: 'saveNotice' }))
  expect(items).toContainEqual(expect.objectContaining({ action: 'createStation', target: `stationId=${stationId}`, targetName: '审计派出所' }))
})

it('filters by person, station, function and action', async () => {
  const mine = await t.admin.ok('privacy', 'auditLog', { actor: officerOpenid })
  expect(mine.items.length).toBeGreaterThan(0)
  expect(mine.items.every((e) => e.actor === officerOpenid)).toBe(true)
  const station = await t.admin.ok('privacy', 'auditLog', { stationId })
  expect(station.items.map((e) => e.action)).toEqual(['saveNotice'])
  const grants = await t.admin.ok('privacy', 'auditLog', { fn: 'org', action: 'grantRole' })
  expect(grants.items).toHaveLength(2)
  expect(grants.items.every((e) => e.action === 'grantRole')).toBe(true)
})

it('filters by China day: today has every line, yesterday none', async () => {
  const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)
  const all = await t.admin.ok('privacy', 'auditLog', { limit: 100 })
  const today = await t.admin.ok('privacy', 'auditLog', { from: day(0), to: day(0), limit: 100 })
  // Today's lines are every line there is (all of them were written during this test).
  expect(today.items.map((e) => e.id)).toEqual(expect.arrayContaining(all.items.map((e) => e.id)))
  expect((await t.admin.ok('privacy', 'auditLog', { to: day(-1) })).items).toEqual([])
  expect((await t.admin.ok('privacy', 'auditLog', { from: day(1) })).items).toEqual([])
})

it('pages newest first, each line once', async () => {
  const seen: string[] = []
  const times: string[] = []
  let cursor: string | undefined
  do {
    const page: { items: { id: string; at: string }[]; nextCursor?: string } = await t.admin.ok('privacy', 'auditLog', { limit: 2, cursor })
    seen.push(...page.items.map((e) => e.id))
    times.push(...page.items.map((e) => e.at))
    cursor = page.nextCursor
  } while (cursor)
  expect(new Set(seen).size).toBe(seen.length)
  expect(times).toEqual([...times].sort().reverse())
})

it('answers bad filters with INVALID_ARGUMENT, and a non-admin with FORBIDDEN; neither changes anything but the refusal’s line', async () => {
  const before = stateWithoutRefusals(t.cloud)
  expect(errorOf(await t.admin.call('privacy', 'auditLog', { from: '2026-13-01' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'from' })
  expect(errorOf(await t.admin.call('privacy', 'auditLog', { from: '2026-12-02', to: '2026-12-01' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'to' })
  expect(errorOf(await t.admin.call('privacy', 'auditLog', { action: 'drop table' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'action' })
  expect(errorOf(await t.as(officerOpenid).call('privacy', 'auditLog', {}))?.code).toBe('FORBIDDEN')
  expect(stateWithoutRefusals(t.cloud)).toEqual(before)
})
