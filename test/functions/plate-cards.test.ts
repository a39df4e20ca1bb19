import { newUser, startTestCloud, type TestCloud } from './harness'

/**
 * A lookup reads one document: the plate with its card (officer and station) copied in. Every write
 * that changes what a card shows refreshes the cards it touches; each case here would show a stale
 * card if its path forgot to.
 */
let t: TestCloud
let stationId: string
let otherStationId: string

beforeAll(async () => {
  t = await startTestCloud()
  ;({ stationId } = await t.admin.ok('org', 'createStation', { name: '城关派出所', address: '民主路 88 号', phone: '0931-8123456' }))
  ;({ stationId: otherStationId } = await t.admin.ok('org', 'createStation', { name: '东岗派出所', address: '东岗路 1 号', phone: '0931-8654321' }))
})
afterAll(() => t.close())

let badge = 500000
const officer = (areas: string[], name = '王建国', ofStation = stationId) => {
  badge += 1
  return t.admin.ok('org', 'createOfficer', { name, badgeNo: String(badge), phone: '13800000001', dutyHours: '工作日 8:30–17:30', stationId: ofStation, areas })
}
const plateIn = async (area: string) =>
  (await t.admin.ok('plates', 'create', { kind: 'plate', label: `${area} 1 号`, address: '路 1 号', area, stationId })).code
const lookup = (code: string) => t.anonymous.ok('plates', 'lookup', { code })

describe('the card a lookup reads', () => {
  it('is one read of the database: the plate, nothing joined', async () => {
    await officer(['一读社区'])
    const code = await plateIn('一读社区')
    // Watch the requests reach the database while one resident looks the plate up.
    const db = t.cloud.db
    const handle = db.handle
    const seen: string[] = []
    db.handle = async (body) => {
      seen.push(`${String(body.action)} ${String(body.collectionName)}`)
      return handle(body)
    }
    let name: string | undefined
    try {
      name = (await t.as(newUser()).ok('plates', 'lookup', { code })).officer?.name
    } finally {
      db.handle = handle
    }
    expect(name).toBe('王建国')
    expect(seen.filter((s) => /getDocument|aggregateDocuments|calculateDocument/.test(s))).toEqual(['database.getDocument plates'])
  })

  it('follows an officer renamed and with new duty hours', async () => {
    const { officerId } = await officer(['改名社区'])
    const code = await plateIn('改名社区')
    await t.admin.ok('org', 'updateOfficer', { officerId, name: '王建民', dutyHours: '全天' })
    expect((await lookup(code)).officer).toMatchObject({ name: '王建民', dutyHours: '全天' })
  })

  it('shows no officer once the officer gives the area up', async () => {
    const { officerId } = await officer(['交出社区', '留下社区'])
    const given = await plateIn('交出社区')
    const kept = await plateIn('留下社区')
    await t.admin.ok('org', 'updateOfficer', { officerId, areas: ['留下社区'] })
    expect((await lookup(given)).officer).toBeNull()
    expect((await lookup(kept)).officer?.officerId).toBe(officerId)
  })

  it('shows the new officer when another takes the area over, and the first keeps their other areas', async () => {
    const { officerId: first } = await officer(['接手社区', '原有社区'], '李晓梅')
    const taken = await plateIn('接手社区')
    const stays = await plateIn('原有社区')
    const { officerId: second } = await officer(['接手社区'], '赵立新')
    expect((await lookup(taken)).officer).toMatchObject({ officerId: second, name: '赵立新' })
    expect((await lookup(stays)).officer).toMatchObject({ officerId: first, name: '李晓梅' })
  })

  it('keeps showing an officer who moves to another station with their areas', async () => {
    const { officerId } = await officer(['调动社区'], '孙调动')
    const code = await plateIn('调动社区')
    await t.admin.ok('org', 'updateOfficer', { officerId, stationId: otherStationId })
    expect((await lookup(code)).officer?.officerId).toBe(officerId)
  })

  it('shows the other station and area once the plate itself is moved', async () => {
    // 新址社区 is the other station's: a plate may only move to an area of the station it moves to.
    await officer(['新址社区'], '周新址', otherStationId)
    const code = await plateIn('无人之地')
    expect((await lookup(code)).officer).toBeNull()
    await t.admin.ok('plates', 'update', { code, area: '新址社区', stationId: otherStationId })
    const card = await lookup(code)
    expect(card.officer?.name).toBe('周新址')
    expect(card.station).toMatchObject({ stationId: otherStationId, name: '东岗派出所' })
  })
})
