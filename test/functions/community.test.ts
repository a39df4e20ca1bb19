import { maskPhone } from '../../types/community'
import { DEMO_OFFICER_OPENID, DEMO_STATION_ID } from '../../local/demo/people'
import { ADMIN, newUser, startTestCloud, type TestCloud } from './harness'
import { first, nth } from '../list-items'

let t: TestCloud
const OTHER_OFFICER = 'other-station-officer'
const HERE = { lat: 36.0611, lng: 103.8343 }

beforeAll(async () => {
  t = await startTestCloud({ demo: true })
  await t.admin.ok('org', 'grantRole', { openid: OTHER_OFFICER, role: 'officer', officerId: 'of-zhao' })
})
afterAll(() => t.close())

const errorOf = (answer: { body: { ok: boolean; error?: { code: string; message: string; retryAfter?: number } } }) => answer.body.error
const officer = () => t.as(DEMO_OFFICER_OPENID)
const outboxFor = (openid: string) =>
  ((t.cloud.db.snapshot().outbox ?? []) as { touser: string; templateId: string; status: string; sentAt: Date; data: Record<string, { value: string }> }[])
    .filter((m) => m.touser === openid)
    .sort((a, b) => new Date(a.sentAt).getTime() - new Date(b.sentAt).getTime())

/** China wall-clock "HH:mm" `hours` from now (may wrap past midnight). */
function chinaClock(hoursFromNow: number): string {
  const d = new Date(Date.now() + 8 * 3600000 + hoursFromNow * 3600000)
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
}

const point = (name: string, location: { lat: number; lng: number }, extra: Record<string, unknown> = {}) => ({
  name,
  address: `${name}地址`,
  location,
  phone: '0000-8819999',
  services: ['避险', '报警'],
  hours: { allDay: true, ranges: [] },
  ...extra,
})

describe('平安守望点 without a position', () => {
  it('lists every active point by name, a page at a time, with whether it is open now', async () => {
    const first = await t.anonymous.ok('community', 'browseWatchPoints', { limit: 5 })
    expect(first.items).toHaveLength(5)
    expect(first.nextCursor).toBeDefined()
    const names = first.items.map((p) => p.name)
    expect(names).toEqual([...names].sort())
    expect(typeof nth(first.items, 0).openNow).toBe('boolean')
    const second = await t.anonymous.ok('community', 'browseWatchPoints', { limit: 5, cursor: first.nextCursor })
    expect(second.items.map((p) => p.id).filter((id) => first.items.some((p) => p.id === id))).toEqual([])
  })

  it('finds points by part of a name, address or community, taking the words literally', async () => {
    const byName = await t.anonymous.ok('community', 'browseWatchPoints', { q: '便利店', limit: 50 })
    expect(byName.items.length).toBeGreaterThan(0)
    expect(byName.items.every((p) => `${p.name}${p.address}${p.area ?? ''}`.includes('便利店'))).toBe(true)
    const pattern = await t.anonymous.ok('community', 'browseWatchPoints', { q: '.*', limit: 50 })
    expect(pattern.items).toEqual([])
  })

  it('keeps to one station when asked', async () => {
    const { items } = await t.anonymous.ok('community', 'browseWatchPoints', { stationId: DEMO_STATION_ID, limit: 100 })
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((p) => p.stationId === DEMO_STATION_ID)).toBe(true)
  })
})

describe('平安守望点 nearby', () => {
  it('answers the points within the radius, nearest first, each with its distance', async () => {
    const { items } = await t.anonymous.ok('community', 'nearbyWatchPoints', { ...HERE, radiusKm: 5, limit: 50 })
    expect(items.length).toBeGreaterThanOrEqual(10)
    const distances = items.map((p) => p.distanceM)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(Math.max(...distances)).toBeLessThanOrEqual(5000)
    expect(items[0]).toMatchObject({ name: '南关什字 24 小时便利店', openNow: true, hoursText: '24 小时' })
    expect(first(items).distanceM).toBeGreaterThan(150)
    expect(first(items).distanceM).toBeLessThan(350)
  })

  it('keeps to the radius and the limit', async () => {
    const near = await t.anonymous.ok('community', 'nearbyWatchPoints', { ...HERE, radiusKm: 0.5 })
    expect(near.items.every((p) => p.distanceM <= 500)).toBe(true)
    expect(near.items.length).toBeLessThan(12)
    const two = await t.anonymous.ok('community', 'nearbyWatchPoints', { ...HERE, radiusKm: 5, limit: 2 })
    expect(two.items).toHaveLength(2)
  })

  it('refuses a radius beyond 20 km', async () => {
    const answer = await t.anonymous.call('community', 'nearbyWatchPoints', { ...HERE, radiusKm: 21 })
    expect(answer.status).toBe(400)
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_ARGUMENT' })
  })

  it('finds a point 30 km away only when searching near it', async () => {
    const far = { lat: HERE.lat + 0.27, lng: HERE.lng }
    const { id } = await officer().ok('community', 'saveWatchPoint', point('远郊加油站', far))
    const fromStation = await t.anonymous.ok('community', 'nearbyWatchPoints', { ...HERE, radiusKm: 20, limit: 50 })
    expect(fromStation.items.map((p) => p.id)).not.toContain(id)
    const fromThere = await t.anonymous.ok('community', 'nearbyWatchPoints', { lat: far.lat + 0.1, lng: far.lng + 0.1, radiusKm: 20 })
    expect(fromThere.items.map((p) => p.id)).toContain(id)
  })

  it('says open or closed by the clock in China, not the server clock', async () => {
    const spot = { lat: 30.5, lng: 114.3 }
    const everyDay = [1, 2, 3, 4, 5, 6, 7]
    const open = await officer().ok(
      'community',
      'saveWatchPoint',
      point('现在营业的店', spot, { hours: { allDay: false, ranges: [{ days: everyDay, open: chinaClock(-1), close: chinaClock(1) }] } }),
    )
    const closed = await officer().ok(
      'community',
      'saveWatchPoint',
      point('现在打烊的店', { lat: 30.501, lng: 114.3 }, { hours: { allDay: false, ranges: [{ days: everyDay, open: chinaClock(3), close: chinaClock(4) }] } }),
    )
    const { items } = await t.anonymous.ok('community', 'nearbyWatchPoints', { ...spot, radiusKm: 1 })
    expect(items.find((p) => p.id === open.id)?.openNow).toBe(true)
    expect(items.find((p) => p.id === closed.id)?.openNow).toBe(false)
  })

  it('drops a retired point from the map', async () => {
    const spot = { lat: 31.2, lng: 121.4 }
    const { id } = await officer().ok('community', 'saveWatchPoint', point('将要撤销的点', spot))
    await officer().ok('community', 'retireWatchPoint', { id })
    const { items } = await t.anonymous.ok('community', 'nearbyWatchPoints', { ...spot, radiusKm: 1 })
    expect(items.map((p) => p.id)).not.toContain(id)
  })

  it('lets an officer edit only their own station’s points, and no resident at all', async () => {
    const resident = await t.as(newUser()).call('community', 'saveWatchPoint', point('居民想加的点', HERE))
    expect(errorOf(resident)?.code).toBe('FORBIDDEN')
    const other = await t.as(OTHER_OFFICER).call('community', 'retireWatchPoint', { id: 'wp-01' })
    expect(errorOf(other)?.code).toBe('FORBIDDEN')
    const elsewhere = await t.as(OTHER_OFFICER).call('community', 'saveWatchPoint', point('外所的点', HERE, { stationId: DEMO_STATION_ID }))
    expect(errorOf(elsewhere)?.code).toBe('FORBIDDEN')
  })
})

describe('notices', () => {
  it('lists pinned notices first, then the newest, page by page', async () => {
    const seen: { id: string; pinned: boolean; publishedAt?: string }[] = []
    let cursor: string | undefined
    do {
      const page = await t.anonymous.ok('community', 'listNotices', { stationId: DEMO_STATION_ID, limit: 2, ...(cursor ? { cursor } : {}) })
      seen.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    expect(seen[0]).toMatchObject({ id: 'nt-winter-fire', pinned: true })
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length)
    const rest = seen.slice(1).map((n) => n.publishedAt!)
    expect(rest).toEqual([...rest].sort().reverse())
    expect(seen.map((n) => n.id)).not.toContain('nt-draft')
  })

  it('shows a community its own notices and the station-wide ones', async () => {
    const { items } = await t.anonymous.ok('community', 'listNotices', { area: '南关社区', stationId: DEMO_STATION_ID })
    const ids = items.map((n) => n.id)
    expect(ids).toEqual(expect.arrayContaining(['nt-nanguan-visit', 'nt-winter-fire']))
    expect(ids).not.toContain('nt-zhangye-parking')
  })

  it('publishes a draft once, and hides it again when archived', async () => {
    const { id } = await officer().ok('community', 'saveNotice', {
      kind: 'notice',
      title: '停水通知',
      body: '明天上午 9 点到 12 点停水，请提前储水。',
      area: '南关社区',
      pinned: false,
    })
    expect(errorOf(await t.anonymous.call('community', 'getNotice', { id }))?.code).toBe('NOT_FOUND')
    await officer().ok('community', 'publishNotice', { id })
    expect((await t.anonymous.ok('community', 'getNotice', { id })).body).toContain('停水')
    expect(errorOf(await officer().call('community', 'publishNotice', { id }))?.code).toBe('CONFLICT')
    await officer().ok('community', 'archiveNotice', { id })
    expect(errorOf(await t.anonymous.call('community', 'getNotice', { id }))?.code).toBe('NOT_FOUND')
  })

  it('checks the text before saving it', async () => {
    const answer = await officer().call('community', 'saveNotice', { kind: 'news', title: '警务动态', body: '这里有测试违规词。', pinned: false })
    expect(errorOf(answer)?.code).toBe('CONTENT_REJECTED')
  })

  it('refuses notice editing to residents and to officers of another station', async () => {
    expect(errorOf(await t.as(newUser()).call('community', 'publishNotice', { id: 'nt-draft' }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.as(OTHER_OFFICER).call('community', 'archiveNotice', { id: 'nt-winter-fire' }))?.code).toBe('FORBIDDEN')
  })
})

describe('service guides', () => {
  it('offers the six guides, each with materials and steps', async () => {
    const { items } = await t.anonymous.ok('community', 'listGuides', {})
    expect(items.map((g) => g.title)).toEqual(['新生儿落户', '户口迁入', '居住证办理', '身份证换领补领', '港澳通行证再次签注', '无犯罪记录证明'])
    const permit = await t.anonymous.ok('community', 'getGuide', { id: 'residence-permit' })
    expect(permit.materials.length).toBeGreaterThan(2)
    expect(permit.steps.length).toBeGreaterThan(2)
    expect(permit.visitMatter).toBe('居住证')
    expect((await t.anonymous.ok('community', 'listGuides', { category: '出入境' })).items.map((g) => g.id)).toEqual(['hk-macau-endorsement'])
    expect(errorOf(await t.anonymous.call('community', 'getGuide', { id: 'nope' }))?.code).toBe('NOT_FOUND')
  })
})

const clue = (extra: Record<string, unknown> = {}) => ({
  category: 'fraud',
  text: '有人在小区门口发传单，说扫码就能领补贴，要填银行卡号。',
  anonymous: false,
  contact: '13912345678',
  stationId: DEMO_STATION_ID,
  ...extra,
})

describe('clue reports', () => {
  it('gives a ticket number and lets the sender follow the report', async () => {
    const me = t.as(newUser())
    const { ticketNo } = await me.ok('community', 'submitReport', clue())
    // Eight characters of a 32-letter alphabet: 40 random bits, not guessable.
    expect(ticketNo).toMatch(/^JB\d{8}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    const { items } = await me.ok('community', 'myReports', {})
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ ticketNo, status: 'submitted', contact: '139****5678' })
    expect(first(items).timeline.map((e) => e.status)).toEqual(['submitted'])
  })

  it('shows staff nothing of an anonymous sender, while the sender still sees the report', async () => {
    const sender = newUser('anon')
    const { ticketNo } = await t.as(sender).ok('community', 'submitReport', clue({ anonymous: true, contact: undefined }))
    const staffView = (await officer().ok('community', 'listReports', { status: 'submitted', limit: 100 })).items.find((r) => r.ticketNo === ticketNo)
    expect(staffView).toMatchObject({ ticketNo, anonymous: true })
    expect(staffView).not.toHaveProperty('contact')
    expect(JSON.stringify(staffView)).not.toContain(sender)
    const accepted = await officer().ok('community', 'acceptReport', { ticketNo })
    expect(JSON.stringify(accepted)).not.toContain(sender)
    expect((await t.as(sender).ok('community', 'myReports', {})).items[0]).toMatchObject({ ticketNo, anonymous: true, status: 'accepted' })
  })

  it("keeps an anonymous report's place to about a kilometre, a named one's to about a metre", async () => {
    const fix = { lat: 36.0612345, lng: 103.8345678 }
    const anonymous = await t.as(newUser()).ok('community', 'submitReport', clue({ anonymous: true, contact: undefined, location: fix, stationId: undefined }))
    const named = await t.as(newUser()).ok('community', 'submitReport', clue({ location: fix, stationId: undefined }))
    const stored = (ticketNo: string) => (t.cloud.db.snapshot().reports as Record<string, unknown>[]).find((r) => r._id === ticketNo)!
    expect(stored(anonymous.ticketNo).location).toEqual({ lat: 36.06, lng: 103.83 })
    expect(stored(named.ticketNo).location).toEqual({ lat: 36.06123, lng: 103.83457 })
    const queue = (await officer().ok('community', 'listReports', { status: 'submitted', limit: 100 })).items
    expect(queue.find((r) => r.ticketNo === anonymous.ticketNo)?.location).toEqual({ lat: 36.06, lng: 103.83 })
    // Routed by the fix as sent, to the station nearest it.
    expect(stored(anonymous.ticketNo).stationId).toBe(DEMO_STATION_ID)
  })

  it('refuses a contact number on an anonymous report', async () => {
    const answer = await t.as(newUser()).call('community', 'submitReport', clue({ anonymous: true }))
    expect(errorOf(answer)?.code).toBe('INVALID_ARGUMENT')
  })

  it('checks the text before storing it', async () => {
    const me = t.as(newUser())
    const answer = await me.call('community', 'submitReport', clue({ text: '这里有人在卖东西，内容是测试违规词，请查一下。' }))
    expect(answer.status).toBe(422)
    expect(errorOf(answer)?.code).toBe('CONTENT_REJECTED')
    expect((await me.ok('community', 'myReports', {})).items).toHaveLength(0)
  })

  it('takes at most five reports per person per China day', async () => {
    const me = t.as(newUser())
    for (let i = 0; i < 5; i++) await me.ok('community', 'submitReport', clue({ text: `第 ${i + 1} 条线索：小区门口有人推销理财产品。` }))
    const sixth = await me.call('community', 'submitReport', clue())
    expect(sixth.status).toBe(429)
    expect(errorOf(sixth)?.code).toBe('RATE_LIMITED')
    expect(errorOf(sixth)?.retryAfter).toBeGreaterThan(0)
    expect(errorOf(sixth)?.retryAfter).toBeLessThanOrEqual(86400)
    expect((await me.ok('community', 'myReports', { limit: 10 })).items).toHaveLength(5)
    await t.as(newUser()).ok('community', 'submitReport', clue())
  })

  it('moves submitted → accepted → closed, refuses steps out of order, and tells the sender as far as they allowed', async () => {
    const sender = newUser()
    // One tap on 允许 gives one notice: the second step's is refused (43101), and the step still stands.
    expect((await t.as(sender).accept(['report-status'])).status).toBe(200)
    const { ticketNo } = await t.as(sender).ok('community', 'submitReport', clue())
    expect(errorOf(await officer().call('community', 'closeReport', { ticketNo, reply: '已处理' }))?.code).toBe('CONFLICT')
    await officer().ok('community', 'acceptReport', { ticketNo })
    expect(errorOf(await officer().call('community', 'acceptReport', { ticketNo }))?.code).toBe('CONFLICT')
    const closed = await officer().ok('community', 'closeReport', { ticketNo, reply: '已到现场核查，谢谢您的线索。' })
    expect(closed.status).toBe('closed')
    expect(errorOf(await officer().call('community', 'rejectReport', { ticketNo, reason: '不属实' }))?.code).toBe('CONFLICT')
    const mine = first((await t.as(sender).ok('community', 'myReports', {})).items)
    expect(mine.timeline.map((e) => e.status)).toEqual(['submitted', 'accepted', 'closed'])
    expect(nth(mine.timeline, 2).note).toBe('已到现场核查，谢谢您的线索。')
    const messages = outboxFor(sender)
    expect(messages.map((m) => m.data.phrase2?.value).sort()).toEqual(['已受理', '已办结'].sort())
    expect(messages.every((m) => m.data.character_string1?.value === ticketNo && m.templateId === 'report-status')).toBe(true)
    expect(messages.map((m) => m.status)).toEqual(['sent', 'refused'])
  })

  it('names the templates of progress notices, so the form can ask for one on its tap', async () => {
    expect(await t.anonymous.ok('community', 'getStatusTemplates', {})).toEqual({ report: 'report-status', mediation: 'mediation-status' })
  })

  it('rejects a report with a reason', async () => {
    const { ticketNo } = await t.as(newUser()).ok('community', 'submitReport', clue())
    const rejected = await t.admin.ok('community', 'rejectReport', { ticketNo, reason: '反映的情况不属于违法线索。' })
    expect(rejected.status).toBe('rejected')
    expect(rejected.timeline[1]).toMatchObject({ status: 'rejected', note: '反映的情况不属于违法线索。' })
  })

  it('keeps staff actions from residents and officers to their own station', async () => {
    const resident = t.as(newUser())
    const { ticketNo } = await resident.ok('community', 'submitReport', clue())
    expect(errorOf(await resident.call('community', 'listReports', {}))?.code).toBe('FORBIDDEN')
    expect(errorOf(await resident.call('community', 'acceptReport', { ticketNo }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.as(OTHER_OFFICER).call('community', 'acceptReport', { ticketNo }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.as(OTHER_OFFICER).call('community', 'listReports', { stationId: DEMO_STATION_ID }))?.code).toBe('FORBIDDEN')
    const theirs = await t.as(OTHER_OFFICER).ok('community', 'listReports', {})
    expect(theirs.items.map((r) => r.ticketNo)).not.toContain(ticketNo)
    const everyone = await t.as(ADMIN).ok('community', 'listReports', { status: 'submitted', limit: 100 })
    expect(everyone.items.map((r) => r.ticketNo)).toContain(ticketNo)
  })
})

const dispute = (extra: Record<string, unknown> = {}) => ({
  category: 'neighbour',
  description: '楼上邻居每天夜里十二点以后还在拖椅子，沟通过没有用。',
  otherParty: '楼上 602',
  preferredTimes: '周末上午',
  contact: '13712345678',
  stationId: DEMO_STATION_ID,
  ...extra,
})

describe('mediation', () => {
  it('goes requested → accepted → scheduled → resolved with a timeline the requester sees', async () => {
    const requester = newUser()
    const { ticketNo } = await t.as(requester).ok('community', 'requestMediation', dispute())
    expect(ticketNo).toMatch(/^TJ\d{8}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    const time = '2030-01-05T10:00:00+08:00'
    expect(errorOf(await officer().call('community', 'scheduleMediation', { ticketNo, time, place: '居委会调解室' }))?.code).toBe('CONFLICT')
    expect(errorOf(await officer().call('community', 'resolveMediation', { ticketNo, note: '已和解' }))?.code).toBe('CONFLICT')
    await officer().ok('community', 'acceptMediation', { ticketNo, note: '已联系双方' })
    const scheduled = await officer().ok('community', 'scheduleMediation', { ticketNo, time, place: '居委会调解室' })
    expect(scheduled).toMatchObject({ status: 'scheduled', place: '居委会调解室', scheduledAt: new Date(time).toISOString(), contact: '13712345678' })
    await officer().ok('community', 'resolveMediation', { ticketNo, note: '双方达成一致，签了调解协议。' })
    expect(errorOf(await officer().call('community', 'resolveMediation', { ticketNo, note: '再来一次' }))?.code).toBe('CONFLICT')
    const mine = first((await t.as(requester).ok('community', 'myMediations', {})).items)
    expect(mine.contact).toBe(maskPhone('13712345678'))
    expect(mine.contact).toBe('137****5678')
    expect(mine.timeline.map((e) => e.status)).toEqual(['requested', 'accepted', 'scheduled', 'resolved'])
    expect(outboxFor(requester)).toHaveLength(3)
  })

  it('lets the requester withdraw, but not someone else, and not once it is over', async () => {
    const requester = t.as(newUser())
    const { ticketNo } = await requester.ok('community', 'requestMediation', dispute())
    // Someone else's ticket answers exactly as a ticket that does not exist: no oracle of which exist.
    const others = await t.as(newUser()).call('community', 'withdrawMediation', { ticketNo })
    const missing = await t.as(newUser()).call('community', 'withdrawMediation', { ticketNo: `${ticketNo.slice(0, -1)}${ticketNo.endsWith('2') ? '3' : '2'}` })
    expect(errorOf(others)?.code).toBe('NOT_FOUND')
    expect([others.status, others.body]).toEqual([missing.status, missing.body])
    expect(await requester.ok('community', 'withdrawMediation', { ticketNo, note: '已经和邻居谈好了' })).toEqual({ ticketNo, status: 'withdrawn' })
    expect(errorOf(await requester.call('community', 'withdrawMediation', { ticketNo }))?.code).toBe('CONFLICT')
    expect(errorOf(await officer().call('community', 'acceptMediation', { ticketNo }))?.code).toBe('CONFLICT')
  })

  it('keeps mediation handling from residents and other stations', async () => {
    const requester = t.as(newUser())
    const { ticketNo } = await requester.ok('community', 'requestMediation', dispute())
    expect(errorOf(await requester.call('community', 'acceptMediation', { ticketNo }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await requester.call('community', 'listMediations', {}))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.as(OTHER_OFFICER).call('community', 'acceptMediation', { ticketNo }))?.code).toBe('FORBIDDEN')
    const queue = await officer().ok('community', 'listMediations', { status: 'requested', limit: 100 })
    expect(queue.items.find((m) => m.ticketNo === ticketNo)?.contact).toBe('13712345678')
  })

  it('takes three requests per person per China day, counted like every other rate limit', async () => {
    const me = newUser()
    for (let i = 0; i < 3; i++) await t.as(me).ok('community', 'requestMediation', dispute())
    const fourth = await t.as(me).call('community', 'requestMediation', dispute())
    expect(fourth.status).toBe(429)
    expect(errorOf(fourth)).toMatchObject({ code: 'RATE_LIMITED', message: '每人每天最多提交 3 次调解申请，请明天再来。' })
    await t.as(me).ok('community', 'myMediations', {})
    // One limiter, one shape in rateLimits: the daily ticket quota beside the router's per-minute lookups.
    const counters = ((t.cloud.db.snapshot().rateLimits ?? []) as Record<string, unknown>[]).filter((c) => c.subject === me)
    expect(counters.map((c) => c.family).sort()).toEqual(['lookup', 'mediationsPerDay'])
    for (const counter of counters) expect(Object.keys(counter).sort()).toEqual(['_id', 'count', 'expiresAt', 'family', 'subject', 'windowStart'])
    const daily = counters.find((c) => c.family === 'mediationsPerDay')!
    expect(daily.count).toBe(3)
    // The window is the China calendar day: from 00:00 in China, for 24 hours.
    const start = new Date(daily.windowStart as Date)
    expect(new Date(start.getTime() + 8 * 3600000).toISOString()).toMatch(/T00:00:00\.000Z$/)
    expect(new Date(daily.expiresAt as Date).getTime() - start.getTime()).toBe(86400000)
    expect(start.getTime()).toBeLessThanOrEqual(Date.now())
    // Refused until that window ends.
    expect(errorOf(fourth)?.retryAfter).toBeGreaterThanOrEqual(Math.floor((start.getTime() + 86400000 - Date.now()) / 1000))
    expect(errorOf(fourth)?.retryAfter).toBeLessThanOrEqual(86400)
  })
})

describe('the notice editor', () => {
  it('opens a draft for its own station only', async () => {
    expect((await officer().ok('community', 'getNoticeForEdit', { id: 'nt-draft' })).status).toBe('draft')
    expect(errorOf(await t.as(OTHER_OFFICER).call('community', 'getNoticeForEdit', { id: 'nt-draft' }))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.as(newUser()).call('community', 'getNoticeForEdit', { id: 'nt-draft' }))?.code).toBe('FORBIDDEN')
  })
})

describe('keeping phone numbers only while needed', () => {
  it('forgets the number of a report and a mediation finished more than 180 days ago, keeping recent ones', async () => {
    const old = new Date(Date.now() - 200 * 86400000)
    const base = { openid: 'retention-user', stationId: DEMO_STATION_ID, timeline: [], createdAt: old, updatedAt: old }
    await t.cloud.db.insertMany('reports', [
      { ...base, _id: 'JB-OLD-CLOSED', category: 'fraud', text: '很久以前办结的一条线索内容', anonymous: false, contact: '13911112222', status: 'closed' },
      { ...base, _id: 'JB-OLD-OPEN', category: 'fraud', text: '很久以前提交但还没办完的线索', anonymous: false, contact: '13911113333', status: 'accepted' },
    ])
    await t.cloud.db.insertMany('mediations', [
      { ...base, _id: 'TJ-OLD-DONE', category: 'family', description: '很久以前调解完成的家庭纠纷', contact: '13911114444', status: 'resolved' },
    ])
    // One retention timer for every personal field: privacy's. Community has none of its own.
    const answer = (await t.cloud.pool.invoke('privacy', { Type: 'Timer', TriggerName: 'daily', Time: new Date().toISOString() })) as { ok: boolean }
    expect(answer.ok).toBe(true)
    const none = (await t.cloud.pool.invoke('community', { Type: 'Timer', TriggerName: 'daily', Time: new Date().toISOString() })) as { ok: boolean }
    expect(none.ok).toBe(false)
    const snapshot = t.cloud.db.snapshot()
    const byId = (collection: string, id: string) => (snapshot[collection] as Record<string, unknown>[]).find((d) => d._id === id)!
    expect(byId('reports', 'JB-OLD-CLOSED')).not.toHaveProperty('contact')
    expect(byId('reports', 'JB-OLD-CLOSED').text).toBe('很久以前办结的一条线索内容')
    expect(byId('reports', 'JB-OLD-OPEN').contact).toBe('13911113333')
    expect(byId('mediations', 'TJ-OLD-DONE')).not.toHaveProperty('contact')
    // The demo's closed report is a week old: inside the period, its phone number stays.
    const recent = (snapshot.reports as Record<string, unknown>[]).find((d) => String(d._id).endsWith('-3K7Q-H2MD'))!
    expect(recent.status).toBe('closed')
    expect(recent.contact).toBe('13800001234')
  })
})
