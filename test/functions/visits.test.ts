/**
 * 流动警务室 through the genuine wx-server-sdk on the local cloud: sessions, exact bookings under a
 * race, cancellation, the desk on the day (roster, export, check-in, no-shows, 代预约), requests, and
 * reminders sent once.
 */
import { ADMIN, newUser, startTestCloud, stateWithoutRefusals, type Client, type TestCloud } from './harness'
import { first, nth } from '../list-items'
import { MIN, newSession as newSessionBy, type SessionOptions, STATION, storedBookings, storedSession } from './visit-sessions'

let t: TestCloud
let officer: Client
let otherOfficer: Client

const OTHER_STATION = 'st-dongcheng'

const at = (ms: number) => new Date(Date.now() + ms).toISOString()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  t = await startTestCloud({ demo: true })
  officer = t.as('demo-officer')
  const other = newUser('officer-east')
  await t.admin.ok('org', 'grantRole', { openid: other, role: 'officer', officerId: 'of-zhao' })
  otherOfficer = t.as(other)
}, 60_000)

afterAll(async () => {
  await t.close()
})

async function newSession(o: SessionOptions & { by?: Client } = {}): Promise<string> {
  return newSessionBy(o.by ?? officer, o)
}

const resident = () => t.as(newUser('resident'))

/** How many answers of each kind: BOOKED for a success, else the error code. */
function tally(answers: Array<{ body: { ok: boolean; error?: { code: string } } }>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const answer of answers) {
    const kind = answer.body.ok ? 'BOOKED' : (answer.body.error?.code ?? 'UNKNOWN')
    counts[kind] = (counts[kind] ?? 0) + 1
  }
  return counts
}

function activeCount(sessionId: string): number {
  return storedBookings(t.cloud, sessionId).filter((b) => b.status === 'booked' || b.status === 'attended').length
}

const sessionDoc = (sessionId: string) => storedSession(t.cloud, sessionId)

function outboxFor(openid: string) {
  return ((t.cloud.db.snapshot().outbox ?? []) as Array<{ touser: string; templateId: string; status: string; errCode?: number; page: string }>).filter(
    (m) => m.touser === openid,
  )
}

/** The template ids the app asks residents to accept, as the app reads them. */
const templates = () => t.anonymous.ok('visits', 'templates', {})

/** A resident who tapped 允许 for these templates (one send each). */
async function subscribed(...pick: Array<'reminder' | 'cancelled' | 'requestAnswered'>): Promise<Client> {
  const ids = await templates()
  const person = resident()
  const answer = await person.accept(pick.map((key) => ids[key]))
  expect(answer.status).toBe(200)
  return person
}

describe('sessions', () => {
  it('staff create sessions of their own station only; residents cannot', async () => {
    const sessionId = await newSession({ capacity: 12 })
    const session = await t.anonymous.ok('visits', 'getSession', { sessionId })
    expect(session).toMatchObject({ capacity: 12, booked: 0, seatsLeft: 12, stationName: '城关派出所', bookingState: 'open', status: 'published' })
    expect(session.startsAt).toMatch(/\+08:00$/)

    const asResident = await resident().call('visits', 'createSession', { stationId: STATION })
    expect(asResident.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const before = t.cloud.db.count('sessions')
    await expect(newSession({ by: otherOfficer })).rejects.toThrow(/FORBIDDEN/)
    expect(t.cloud.db.count('sessions')).toBe(before)
    await expect(newSession({ by: t.admin, stationId: OTHER_STATION })).resolves.toEqual(expect.any(String))
  })

  it('refuses impossible sessions with INVALID_ARGUMENT naming the field', async () => {
    const base = { stationId: STATION, title: '测试', place: { name: '广场', address: '某路 1 号' }, services: ['其他'] }
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, startsAt: at(60 * MIN), endsAt: at(30 * MIN), capacity: 5 }, 'endsAt'],
      [{ ...base, startsAt: at(-60 * MIN), endsAt: at(30 * MIN), capacity: 5 }, 'startsAt'],
      [{ ...base, startsAt: at(60 * MIN), endsAt: at(90 * MIN), capacity: 0 }, 'capacity'],
      [{ ...base, startsAt: at(60 * MIN), endsAt: at(90 * MIN), capacity: 501 }, 'capacity'],
      [{ ...base, startsAt: '2026-13-01 09:00', endsAt: at(90 * MIN), capacity: 5 }, 'startsAt'],
      [{ ...base, startsAt: at(60 * MIN), endsAt: at(90 * MIN), capacity: 5, services: [] }, 'services'],
    ]
    for (const [data, field] of cases) {
      const answer = await officer.call('visits', 'createSession', data)
      expect({ field, body: answer.body }).toMatchObject({ field, body: { ok: false, error: { code: 'INVALID_ARGUMENT', field } } })
    }
  })

  it('lists upcoming published sessions soonest first, or nearest first with distances, and pages', async () => {
    const first = await t.anonymous.ok('visits', 'listSessions', { limit: 2 })
    expect(first.items).toHaveLength(2)
    expect(first.nextCursor).toBeDefined()
    const second = await t.anonymous.ok('visits', 'listSessions', { limit: 2, cursor: first.nextCursor })
    const starts = [...first.items, ...second.items].map((s) => Date.parse(s.startsAt))
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(new Set([...first.items, ...second.items].map((s) => s.sessionId)).size).toBe(4)

    const all = await t.anonymous.ok('visits', 'listSessions', { limit: 100 })
    expect(all.items.every((s) => s.status === 'published')).toBe(true)
    expect(all.items.map((s) => s.sessionId)).not.toContain('vs-baita-park') // the cancelled demo session

    // Standing in 东岗 (the east station's area), its session comes first.
    const near = await t.anonymous.ok('visits', 'listSessions', { near: { lat: 36.049, lng: 103.886 }, limit: 3 })
    expect(nth(near.items, 0).sessionId).toBe('vs-donggang')
    const distances = near.items.map((s) => s.distanceM ?? Infinity)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances[0]).toBeLessThan(500)
    const nearNext = await t.anonymous.ok('visits', 'listSessions', { near: { lat: 36.049, lng: 103.886 }, limit: 3, cursor: near.nextCursor })
    expect(nth(nearNext.items, 0).distanceM!).toBeGreaterThanOrEqual(nth(distances, 2))

    const east = await t.anonymous.ok('visits', 'listSessions', { stationId: OTHER_STATION, limit: 100 })
    expect(east.items.length).toBeGreaterThan(0)
    expect(east.items.every((s) => s.stationId === OTHER_STATION)).toBe(true)
  })

  it('never lowers capacity below the seats taken', async () => {
    const sessionId = await newSession({ capacity: 3 })
    await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    const lower = await officer.call('visits', 'updateSession', { sessionId, capacity: 1 })
    expect(lower.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'capacity' } })
    await officer.ok('visits', 'updateSession', { sessionId, capacity: 2, title: '改名后的场次' })
    expect(await t.anonymous.ok('visits', 'getSession', { sessionId })).toMatchObject({
      capacity: 2,
      seatsLeft: 0,
      bookingState: 'full',
      title: '改名后的场次',
    })
    const foreign = await otherOfficer.call('visits', 'updateSession', { sessionId, capacity: 5 })
    expect(foreign.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('booking', () => {
  it('gives a queue number, an expected time spread over the window, and a check-in code', async () => {
    const sessionId = await newSession({ capacity: 4, lasts: 120 * MIN })
    const a = await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    const b = await resident().ok('visits', 'book', { sessionId, matter: '反诈咨询', name: '张阿姨', phone: '13800001234', remind: true })
    expect([a.queueNo, b.queueNo]).toEqual([1, 2])
    expect(Date.parse(b.expectedAt) - Date.parse(a.expectedAt)).toBe(30 * MIN)
    expect(a.expectedAt).toMatch(/\+08:00$/)
    expect(a.checkinCode).toMatch(/^[A-Z2-9]{8}$/)
    expect(a.checkinCode).not.toBe(b.checkinCode)
    expect(await t.anonymous.ok('visits', 'getSession', { sessionId })).toMatchObject({ booked: 2, seatsLeft: 2 })
  })

  it('answers CONFLICT to a second booking of the same session, FULL when no seat is left, NOT_FOUND for no session', async () => {
    const sessionId = await newSession({ capacity: 1 })
    const me = resident()
    await me.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    expect((await me.call('visits', 'book', { sessionId, matter: '户籍咨询' })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await resident().call('visits', 'book', { sessionId, matter: '户籍咨询' })).body).toMatchObject({ ok: false, error: { code: 'FULL' } })
    expect((await resident().call('visits', 'book', { sessionId: 'no-such-session', matter: '户籍咨询' })).body).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(activeCount(sessionId)).toBe(1)
  })

  it('answers CLOSED before booking opens, once the session started, and when it was cancelled', async () => {
    const notYet = await newSession({ bookingOpensAt: at(60 * MIN) })
    expect((await resident().call('visits', 'book', { sessionId: notYet, matter: '户籍咨询' })).body).toMatchObject({ ok: false, error: { code: 'CLOSED' } })

    const soon = await newSession({ startsIn: 1500 })
    await sleep(1600)
    expect((await resident().call('visits', 'book', { sessionId: soon, matter: '户籍咨询' })).body).toMatchObject({ ok: false, error: { code: 'CLOSED' } })

    const called = await newSession()
    await officer.ok('visits', 'cancelSession', { sessionId: called, reason: '天气原因' })
    const answer = await resident().call('visits', 'book', { sessionId: called, matter: '户籍咨询' })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'CLOSED', message: expect.stringContaining('天气原因') } })
    expect(activeCount(notYet) + activeCount(soon) + activeCount(called)).toBe(0)
  })

  it('takes only a matter the session offers, and checks the words staff will read', async () => {
    const sessionId = await newSession({ services: ['户籍咨询'] })
    const wrong = await resident().call('visits', 'book', { sessionId, matter: '出入境咨询' })
    expect(wrong.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'matter' } })
    const rude = await resident().call('visits', 'book', { sessionId, matter: '户籍咨询', note: '这里有测试违规词' })
    expect(rude.body).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', field: 'note' } })
    const badPhone = await resident().call('visits', 'book', { sessionId, matter: '户籍咨询', phone: '12345678901234' })
    expect(badPhone.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'phone' } })
    expect(activeCount(sessionId)).toBe(0)
  })

  it('200 residents racing for 20 seats: exactly 20 booked, everyone else FULL, the count equal to the bookings', async () => {
    const sessionId = await newSession({ capacity: 20 })
    const answers = await Promise.all(Array.from({ length: 200 }, () => resident().call('visits', 'book', { sessionId, matter: '反诈咨询' })))
    const booked = answers.filter((a) => a.body.ok)
    // Seats are claimed by conditional updates of the one session document: a seat or FULL, never INTERNAL nor "try again".
    expect(tally(answers)).toEqual({ BOOKED: 20, FULL: 180 })
    const queue = booked.map((a) => (a.body.ok ? a.body.data.queueNo : 0)).sort((x, y) => x - y)
    expect(queue).toEqual(Array.from({ length: 20 }, (_v, i) => i + 1))
    expect(activeCount(sessionId)).toBe(20)
    expect(sessionDoc(sessionId).booked).toBe(20)
  }, 120_000)

  it('answers FULL for a visibly full session from a plain read, starting no transaction', async () => {
    const sessionId = await newSession({ capacity: 1 })
    await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    const started = t.cloud.db.stats().transactions.started
    const answers = await Promise.all(Array.from({ length: 5 }, () => resident().call('visits', 'book', { sessionId, matter: '户籍咨询' })))
    expect(tally(answers)).toEqual({ FULL: 5 })
    expect(t.cloud.db.stats().transactions.started).toBe(started)
  })

  it('one person tapping 预约 ten times at once gets one booking', async () => {
    const sessionId = await newSession({ capacity: 5 })
    const me = resident()
    const answers = await Promise.all(Array.from({ length: 10 }, () => me.call('visits', 'book', { sessionId, matter: '户籍咨询' })))
    expect(tally(answers)).toEqual({ BOOKED: 1, CONFLICT: 9 })
    for (const answer of answers) if (!answer.body.ok) expect(answer.body.error.message).toContain('你已经预约了这一场')
    expect(activeCount(sessionId)).toBe(1)
    expect(sessionDoc(sessionId).booked).toBe(1)
  })

  it('cancelling your own booking frees the seat; others cannot cancel it; you can book again', async () => {
    const sessionId = await newSession({ capacity: 1 })
    const me = resident()
    const { bookingId } = await me.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    expect((await resident().call('visits', 'cancel', { bookingId })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await me.ok('visits', 'cancel', { bookingId })).toEqual({ status: 'cancelled' })
    expect((await me.call('visits', 'cancel', { bookingId })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await t.anonymous.ok('visits', 'getSession', { sessionId })).toMatchObject({ seatsLeft: 1, booked: 0 })
    const again = await me.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    expect(again.queueNo).toBe(2) // queue numbers are never reused
    expect(activeCount(sessionId)).toBe(1)
  })

  it('deleting my data gives my upcoming seats back and leaves no name or phone on the booking', async () => {
    const sessionId = await newSession({ capacity: 2 })
    const me = resident()
    const { bookingId } = await me.ok('visits', 'book', { sessionId, matter: '户籍咨询', name: '赵大爷', phone: '13800003333' })
    expect(sessionDoc(sessionId).booked).toBe(1)
    await me.ok('privacy', 'deleteMyData', { confirm: true })
    expect(sessionDoc(sessionId).booked).toBe(0)
    expect(activeCount(sessionId)).toBe(0)
    const stored = (t.cloud.db.snapshot().bookings as Array<Record<string, unknown>>).find((b) => b._id === bookingId)!
    expect(stored).toMatchObject({ status: 'cancelled' })
    expect(stored).not.toHaveProperty('name')
    expect(stored).not.toHaveProperty('phone')
    expect(stored).not.toHaveProperty('openid')
  })

  it('my bookings: newest first, filtered by status, phone masked, with the session', async () => {
    const me = resident()
    const s1 = await newSession()
    const s2 = await newSession()
    const first = await me.ok('visits', 'book', { sessionId: s1, matter: '户籍咨询', phone: '13800005678' })
    await sleep(5)
    const second = await me.ok('visits', 'book', { sessionId: s2, matter: '反诈咨询' })
    await me.ok('visits', 'cancel', { bookingId: first.bookingId })
    const mine = await me.ok('visits', 'myBookings', {})
    expect(mine.items.map((b) => b.bookingId)).toEqual([second.bookingId, first.bookingId])
    expect(mine.items[1]).toMatchObject({ status: 'cancelled', phone: '138****5678', session: { title: '测试流动警务室' } })
    const cancelled = await me.ok('visits', 'myBookings', { status: 'cancelled' })
    expect(cancelled.items.map((b) => b.bookingId)).toEqual([first.bookingId])
    expect(await me.ok('visits', 'getBooking', { bookingId: second.bookingId })).toMatchObject({ queueNo: 1, status: 'booked' })
    expect((await resident().call('visits', 'getBooking', { bookingId: second.bookingId })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await me.ok('visits', 'getSession', { sessionId: s2 })).toMatchObject({ myBookingId: second.bookingId })
  })
})

describe('the desk on the day', () => {
  it('roster in queue order with full phones, for the station only; CSV with BOM for Excel', async () => {
    const sessionId = await newSession()
    await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询', name: '李大爷', phone: '13800004321' })
    await resident().ok('visits', 'book', { sessionId, matter: '反诈咨询' })
    await officer.ok('visits', 'bookFor', { sessionId, name: '=HYPERLINK("x")', phone: '13800009999', matter: '户籍咨询' })
    await officer.ok('visits', 'bookFor', { sessionId, name: '赵六;=1+2', phone: '13800008888', matter: '户籍咨询' })
    const { items } = await officer.ok('visits', 'roster', { sessionId })
    expect(items.map((i) => i.queueNo)).toEqual([1, 2, 3, 4])
    expect(items[0]).toMatchObject({ name: '李大爷', phone: '13800004321', status: 'booked', atCounter: false })
    expect(items[1]).toMatchObject({ name: '未留姓名' })
    expect(items[2]).toMatchObject({ atCounter: true, phone: '13800009999' })
    expect((await otherOfficer.call('visits', 'roster', { sessionId })).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await resident().call('visits', 'roster', { sessionId })).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const { csv, filename } = await officer.ok('visits', 'exportRoster', { sessionId })
    expect(filename).toMatch(/\.csv$/)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('排队号,预计到场,姓名,电话,事项,备注,状态,代预约,签到时间')
    expect(lines).toHaveLength(5)
    expect(lines[1]).toContain('李大爷')
    // The phone as ="…": text to Excel, no tab or apostrophe in front of the digits.
    expect(nth(lines, 1).split(',')[3]).toBe('"=""13800004321"""')
    expect(csv).not.toMatch(/\t|'\t/)
    // A name that looks like a formula is defused, at its start and after a ; (a semicolon-locale Excel's separator).
    expect(lines[3]).not.toMatch(/,=HYPERLINK/)
    expect(lines[3]).toContain("'=HYPERLINK")
    expect(lines[4]).toContain("赵六;'=1+2")
    // Who read or exported residents' phones is in the audit log.
    const audited = (t.cloud.db.snapshot().auditLog as Array<{ actor: string; action: string; target?: string }>).filter(
      (a) => a.target === `sessionId=${sessionId}`,
    )
    expect(audited.map((a) => [a.actor, a.action])).toEqual(
      expect.arrayContaining([
        ['demo-officer', 'roster'],
        ['demo-officer', 'exportRoster'],
      ]),
    )
  })

  it('check-in: once, own station only, not a cancelled booking, not long before the start', async () => {
    const sessionId = await newSession({ startsIn: 30 * MIN })
    const a = await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询', name: '王阿姨' })
    const me = resident()
    const b = await me.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    await me.ok('visits', 'cancel', { bookingId: b.bookingId })

    expect((await otherOfficer.call('visits', 'checkIn', { checkinCode: a.checkinCode })).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await officer.ok('visits', 'checkIn', { checkinCode: a.checkinCode.toLowerCase() })).toMatchObject({
      bookingId: a.bookingId,
      name: '王阿姨',
      status: 'attended',
    })
    expect((await officer.call('visits', 'checkIn', { checkinCode: a.checkinCode })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await officer.call('visits', 'checkIn', { checkinCode: b.checkinCode })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await officer.call('visits', 'checkIn', { checkinCode: 'ZZZZZZZZ' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    const later = await newSession({ startsIn: 24 * 60 * MIN })
    const c = await resident().ok('visits', 'book', { sessionId: later, matter: '户籍咨询' })
    expect((await officer.call('visits', 'checkIn', { checkinCode: c.checkinCode })).body).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
  })

  it('marks no-shows only after the end', async () => {
    const sessionId = await newSession({ startsIn: 1500, lasts: 1000 })
    const a = await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    await officer.ok('visits', 'checkIn', { checkinCode: a.checkinCode })
    expect((await officer.call('visits', 'markNoShows', { sessionId })).body).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
    await sleep(2600)
    expect(await officer.ok('visits', 'markNoShows', { sessionId })).toEqual({ noShows: 1 })
    const statuses = (await officer.ok('visits', 'roster', { sessionId })).items.map((i) => i.status)
    expect(statuses).toEqual(['attended', 'no_show'])
  })

  it('cancelling a session cancels every booking and tells each holder who accepted the notice, once', async () => {
    const sessionId = await newSession()
    // The first holder never allowed the notice: WeChat refuses that send (43101), and the cancelling
    // of the others' bookings must go on.
    const neverAllowed = resident()
    const holders = [neverAllowed, await subscribed('cancelled'), await subscribed('reminder', 'cancelled')]
    for (const h of holders) await h.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    const result = await officer.ok('visits', 'cancelSession', { sessionId, reason: '民警临时出警' })
    expect(result.cancelledBookings).toBe(3)
    for (const h of holders) {
      expect(outboxFor(h.openid!)).toHaveLength(1)
      const [booking] = (await h.ok('visits', 'myBookings', {})).items
      expect(booking).toMatchObject({ status: 'cancelled', session: { status: 'cancelled', cancelReason: '民警临时出警' } })
    }
    expect(outboxFor(neverAllowed.openid!)[0]).toMatchObject({ status: 'refused', errCode: 43101 })
    for (const h of holders.slice(1))
      expect(outboxFor(h.openid!)[0]).toMatchObject({
        status: 'sent',
        page: `visits/booking/index?bookingId=${first((await h.ok('visits', 'myBookings', {})).items).bookingId}`,
      })
    expect(activeCount(sessionId)).toBe(0)
    expect((await officer.call('visits', 'cancelSession', { sessionId, reason: '再来一次' })).body).toMatchObject({ ok: false })
    for (const h of holders) expect(outboxFor(h.openid!)).toHaveLength(1)
  })

  it('moving a session tells its holders, best effort: one who never allowed it does not stop the change', async () => {
    const sessionId = await newSession({ startsIn: 2 * 24 * 60 * MIN })
    const neverAllowed = resident()
    const allowed = await subscribed('cancelled')
    for (const h of [neverAllowed, allowed]) await h.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    const startsAt = at(3 * 24 * 60 * MIN)
    expect(await officer.ok('visits', 'updateSession', { sessionId, startsAt, endsAt: at(3 * 24 * 60 * MIN + 60 * MIN) })).toEqual({ sessionId })
    // Answers carry instants to the second.
    expect(new Date((await t.anonymous.ok('visits', 'getSession', { sessionId })).startsAt).getTime()).toBe(
      Math.floor(new Date(startsAt).getTime() / 1000) * 1000,
    )
    expect(outboxFor(neverAllowed.openid!)).toMatchObject([{ status: 'refused', errCode: 43101 }])
    expect(outboxFor(allowed.openid!)).toMatchObject([{ status: 'sent' }])
    // A title change alone tells no one.
    await officer.ok('visits', 'updateSession', { sessionId, title: '换了个名字的流动警务室' })
    expect(outboxFor(allowed.openid!)).toHaveLength(1)
  })
})

describe('reminders', () => {
  it('the timer sends each accepted reminder once, only when it is due', async () => {
    const soon = await newSession({ startsIn: 60 * MIN })
    const later = await newSession({ startsIn: 3 * 24 * 60 * MIN })
    const wants = await subscribed('reminder', 'cancelled')
    const declines = resident()
    const farAway = await subscribed('reminder')
    // Said yes in the app, but the acceptance never reached WeChat (or was spent): refused, not retried.
    const notAccepted = resident()
    await wants.ok('visits', 'book', { sessionId: soon, matter: '户籍咨询', remind: true })
    await declines.ok('visits', 'book', { sessionId: soon, matter: '户籍咨询' })
    await farAway.ok('visits', 'book', { sessionId: later, matter: '户籍咨询', remind: true })
    await notAccepted.ok('visits', 'book', { sessionId: soon, matter: '户籍咨询', remind: true })

    const fire = () => t.cloud.pool.invoke('visits', { Type: 'Timer', TriggerName: 'reminders', Time: new Date().toISOString() })
    // Two overlapping runs, then a retry: still one message.
    const runs = await Promise.all([fire(), fire()])
    for (const run of runs) expect(run).toMatchObject({ ok: true })
    await fire()
    expect(outboxFor(wants.openid!)).toMatchObject([{ templateId: 'local-visit-reminder', status: 'sent' }])
    expect(outboxFor(declines.openid!)).toHaveLength(0)
    expect(outboxFor(farAway.openid!)).toHaveLength(0)
    expect(outboxFor(notAccepted.openid!)).toMatchObject([{ status: 'refused', errCode: 43101 }])
  })

  it('a user cannot fire the timer', async () => {
    const someone = newUser('resident')
    const direct = await t.cloud.pool.invoke('visits', { Type: 'Timer', TriggerName: 'reminders', Time: new Date().toISOString() }, someone)
    expect(direct).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const viaGateway = await t.as(someone).raw('visits', { Type: 'Timer', TriggerName: 'reminders' })
    expect(viaGateway.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })
})

describe('asking the 流动警务室 to come', () => {
  it('request, second once, list by seconds, answer once, notify the asker and every seconder', async () => {
    const asker = await subscribed('requestAnswered')
    const { requestId } = await asker.ok('visits', 'requestVisit', {
      place: { name: '幸福里小区', address: '幸福路 8 号' },
      reason: '小区老人多，希望来讲讲防骗知识',
      preferredDates: ['2026-12-05'],
      stationId: STATION,
    })
    // The last fan never allowed the answer: told nothing, and the answer still stands.
    const fans = [await subscribed('requestAnswered'), await subscribed('requestAnswered'), resident()] as const
    for (const [i, fan] of fans.entries()) expect(await fan.ok('visits', 'secondRequest', { requestId })).toEqual({ seconds: i + 1 })
    expect((await fans[0].call('visits', 'secondRequest', { requestId })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await asker.call('visits', 'secondRequest', { requestId })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    const list = await fans[1].ok('visits', 'listRequests', { status: 'open', limit: 100 })
    const seconds = list.items.map((r) => r.seconds)
    expect(seconds).toEqual([...seconds].sort((a, b) => b - a))
    const mine = list.items.find((r) => r.requestId === requestId)!
    expect(mine).toMatchObject({ seconds: 3, seconded: true, mine: false })
    expect(JSON.stringify(list)).not.toContain(asker.openid!)
    expect((await asker.ok('visits', 'listRequests', { limit: 100 })).items.find((r) => r.requestId === requestId)).toMatchObject({
      mine: true,
      seconded: false,
    })

    expect((await asker.call('visits', 'answerRequest', { requestId, decision: 'declined', reply: '不行' })).body).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    const sessionId = await newSession()
    const answer = await officer.ok('visits', 'answerRequest', { requestId, decision: 'scheduled', sessionId, reply: '已安排，欢迎预约' })
    expect(answer).toEqual({ requestId, status: 'scheduled', notified: 3 })
    for (const person of [asker, ...fans]) expect(outboxFor(person.openid!)).toHaveLength(1)
    expect(outboxFor(fans[2].openid!)[0]).toMatchObject({ status: 'refused', errCode: 43101 })
    expect(outboxFor(asker.openid!)[0]).toMatchObject({ status: 'sent', page: `visits/requests/index?requestId=${requestId}` })
    expect((await officer.call('visits', 'answerRequest', { requestId, decision: 'declined', reply: '改主意了' })).body).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect((await resident().call('visits', 'secondRequest', { requestId })).body).toMatchObject({ ok: false, error: { code: 'CLOSED' } })
  })

  it('belongs to the station named, else the one nearest the place, else the admins; only they answer it', async () => {
    const named = await resident().ok('visits', 'requestVisit', {
      place: { name: '东岗市场', address: '东岗路 1 号' },
      reason: '商户想听防骗知识',
      stationId: OTHER_STATION,
    })
    // 城关派出所 is at 36.0611, 103.8343; 东城 at 36.0502, 103.8821.
    const near = await resident().ok('visits', 'requestVisit', {
      place: { name: '南关小区', address: '南关什字 2 号', location: { lat: 36.0615, lng: 103.835 } },
      reason: '老人想办居住证',
    })
    const nowhere = await resident().ok('visits', 'requestVisit', { place: { name: '某村', address: '某路 3 号' }, reason: '村里想请民警来' })
    const listed = (await resident().ok('visits', 'listRequests', { status: 'open', limit: 100 })).items
    const stationOf = (requestId: string) => listed.find((r) => r.requestId === requestId)?.stationId
    expect([stationOf(named.requestId), stationOf(near.requestId), stationOf(nowhere.requestId)]).toEqual([OTHER_STATION, STATION, undefined])
    expect((await resident().ok('visits', 'listRequests', { stationId: OTHER_STATION, limit: 100 })).items.map((r) => r.requestId)).toEqual([named.requestId])

    const before = JSON.stringify(t.cloud.db.snapshot().visitRequests)
    const decline = (requestId: string) => ({ requestId, decision: 'declined', reply: '这一带暂时安排不过来' })
    // 城关's officer answers neither 东城's request nor one no station was found for.
    expect((await officer.call('visits', 'answerRequest', decline(named.requestId))).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await officer.call('visits', 'answerRequest', decline(nowhere.requestId))).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await otherOfficer.call('visits', 'answerRequest', decline(near.requestId))).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(JSON.stringify(t.cloud.db.snapshot().visitRequests)).toBe(before)
    // Each refusal is in the audit log.
    const refusals = (t.cloud.db.snapshot().auditLog as Array<{ action: string; outcome?: string; target?: string }>).filter(
      (a) => a.action === 'answerRequest' && a.outcome === 'refused',
    )
    expect(refusals.map((a) => a.target)).toEqual(
      expect.arrayContaining([`requestId=${named.requestId}`, `requestId=${nowhere.requestId}`, `requestId=${near.requestId}`]),
    )

    expect(await otherOfficer.ok('visits', 'answerRequest', decline(named.requestId))).toMatchObject({ status: 'declined' })
    expect(await officer.ok('visits', 'answerRequest', decline(near.requestId))).toMatchObject({ status: 'declined' })
    expect(await t.as(ADMIN).ok('visits', 'answerRequest', decline(nowhere.requestId))).toMatchObject({ status: 'declined' })
  })

  it('scheduling needs a session; words shown to others pass the content check', async () => {
    const { requestId } = await resident().ok('visits', 'requestVisit', { place: { name: '某工地', address: '某路 1 号' }, reason: '工人想办居住证' })
    const noSession = await officer.call('visits', 'answerRequest', { requestId, decision: 'scheduled', reply: '安排了' })
    expect(noSession.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'sessionId' } })
    const before = t.cloud.db.count('visitRequests')
    const rude = await resident().call('visits', 'requestVisit', { place: { name: '某小区', address: '某路 2 号' }, reason: '这里有测试违规词的内容' })
    expect(rude.body).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', field: 'reason' } })
    // Zero-width characters and spaces inside the word do not get it past the check.
    for (const disguised of ['这里有测\u200b试违\u200d规词的内容', '这里有测 试 违\u3000规\t词的内容']) {
      const sneaky = await resident().call('visits', 'requestVisit', { place: { name: '某小区', address: '某路 2 号' }, reason: disguised })
      expect(sneaky.body).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', field: 'reason' } })
    }
    expect(t.cloud.db.count('visitRequests')).toBe(before)
  })
})

describe('outbox', () => {
  it('officers read their own station’s messages, admins all; no recipient mark links two messages; residents cannot', async () => {
    const here = await newSession()
    const east = await newSession({ by: otherOfficer, stationId: OTHER_STATION })
    // One person books at both stations: nothing in the outbox may tie the two messages together.
    const person = await subscribed('cancelled')
    await person.accept([(await templates()).cancelled])
    await person.ok('visits', 'book', { sessionId: here, matter: '户籍咨询' })
    await person.ok('visits', 'book', { sessionId: east, matter: '户籍咨询' })
    await officer.ok('visits', 'cancelSession', { sessionId: here, reason: '民警临时出警' })
    await otherOfficer.ok('visits', 'cancelSession', { sessionId: east, reason: '天气原因' })

    const all = async (client: Client) => {
      const items = []
      let cursor: string | undefined
      do {
        const page = await client.ok('visits', 'outbox', { limit: 50, ...(cursor ? { cursor } : {}) })
        items.push(...page.items)
        cursor = page.nextCursor
      } while (cursor)
      return items
    }
    const mine = await all(officer)
    const theirs = await all(otherOfficer)
    const admins = await all(t.as(ADMIN))
    const about = (items: Array<{ data: Record<string, { value: string }> }>, reason: string) => items.filter((m) => m.data.thing3?.value === reason)
    expect(about(mine, '民警临时出警').length).toBeGreaterThan(0)
    expect(about(mine, '天气原因').length).toBe(0)
    expect(about(theirs, '天气原因').length).toBeGreaterThan(0)
    expect(about(theirs, '民警临时出警').length).toBe(0)
    expect(admins.length).toBeGreaterThanOrEqual(mine.length + theirs.length)
    const stored = t.cloud.db.snapshot().outbox as Array<{ _id: string; stationId?: string }>
    expect(new Set(mine.map((m) => stored.find((d) => d._id === m.id)?.stationId))).toEqual(new Set([STATION]))

    for (const message of [...mine, ...admins]) {
      expect(Object.keys(message).sort()).toEqual(expect.arrayContaining(['data', 'id', 'page', 'sentAt', 'status', 'templateId']))
      expect(message).not.toHaveProperty('touser')
      expect(JSON.stringify(message)).not.toContain(person.openid!)
    }
    expect((await resident().call('visits', 'outbox', {})).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('the console for a station’s daily work', () => {
  type StoredBooking = { _id: string; sessionId: string; queueNo: number; expectedAt: Date; startsAt: Date; status: string; cancelReason?: string }
  const storedBookings = (sessionId: string) =>
    (t.cloud.db.snapshot().bookings as StoredBooking[]).filter((b) => b.sessionId === sessionId).sort((a, b) => a.queueNo - b.queueNo)
  const expectedTimes = async (sessionId: string) =>
    (await officer.ok('visits', 'roster', { sessionId })).items.filter((i) => i.status === 'booked').map((i) => Date.parse(i.expectedAt))
  const inQueueOrder = (times: number[]) => times.every((time, i) => i === 0 || time >= nth(times, i - 1))

  it('moving a session re-times every booking in queue order and tells each holder their own new time', async () => {
    const sessionId = await newSession({ capacity: 4, startsIn: 2 * 24 * 60 * MIN, lasts: 120 * MIN })
    const holders = [await subscribed('cancelled'), await subscribed('cancelled'), resident(), await subscribed('cancelled')] as const
    for (const h of holders) await h.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    // The third cancels: the queue closes up behind them when the session moves.
    await holders[2].ok('visits', 'cancel', { bookingId: first((await holders[2].ok('visits', 'myBookings', {})).items).bookingId })

    const newStart = Date.parse(at(3 * 24 * 60 * MIN))
    await officer.ok('visits', 'updateSession', { sessionId, startsAt: new Date(newStart).toISOString(), endsAt: new Date(newStart + 60 * MIN).toISOString() })
    const session = await t.anonymous.ok('visits', 'getSession', { sessionId })
    const start = Date.parse(session.startsAt)
    // 60 minutes over 4 places: 15 minutes each, the three still waiting at 0, 15 and 30.
    expect(await expectedTimes(sessionId)).toEqual([start, start + 15 * MIN, start + 30 * MIN].map((ms) => Math.floor(ms / MIN) * MIN))
    // Each booking's copy of the start (what the reminder timer reads) moved with it.
    const storedStart = new Date(newStart).getTime()
    for (const b of storedBookings(sessionId).filter((b) => b.status === 'booked')) expect(new Date(b.startsAt).getTime()).toBe(storedStart)
    // What the resident reads on their booking is the new time.
    const last = first((await holders[3].ok('visits', 'myBookings', {})).items)
    expect(Date.parse(last.expectedAt)).toBe(Math.floor((start + 30 * MIN) / MIN) * MIN)
    const notice = ((t.cloud.db.snapshot().outbox ?? []) as Array<{ touser: string; data: Record<string, { value: string }> }>).filter(
      (m) => m.touser === holders[3].openid,
    )
    expect(notice).toHaveLength(1)
    expect(first(notice).data.thing3?.value).toMatch(/^时间改为\d+月\d+日 \d\d:\d\d$/)
    expect(first(notice).data.thing4?.value).toBe(
      `请于${last.expectedAt.slice(5, 7).replace(/^0/, '')}月${last.expectedAt.slice(8, 10).replace(/^0/, '')}日 ${last.expectedAt.slice(11, 16)}前后到场`,
    )
    // The one who cancelled is not told; the edit form saving the same times again tells no one.
    expect(outboxFor(holders[2].openid!)).toHaveLength(0)
    await officer.ok('visits', 'updateSession', { sessionId, title: '同一场', startsAt: session.startsAt, endsAt: session.endsAt, place: session.place })
    expect(outboxFor(holders[3].openid!)).toHaveLength(1)
  })

  it('a new place alone tells every holder; a resident who never allowed the notice does not stop it', async () => {
    const sessionId = await newSession()
    const neverAllowed = resident()
    const allowed = await subscribed('cancelled')
    for (const h of [neverAllowed, allowed]) await h.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    const before = await expectedTimes(sessionId)
    await officer.ok('visits', 'updateSession', { sessionId, place: { name: '东岗镇文化广场', address: '东岗西路 8 号' } })
    expect(outboxFor(neverAllowed.openid!)).toMatchObject([{ status: 'refused' }])
    expect(outboxFor(allowed.openid!)).toMatchObject([{ status: 'sent', data: { thing3: { value: '地点改为东岗镇文化广场' } } }])
    expect(await expectedTimes(sessionId)).toEqual(before)
  })

  it('raising the capacity keeps expected times in queue order, for those booked before and after', async () => {
    const sessionId = await newSession({ capacity: 3, lasts: 90 * MIN })
    for (let i = 0; i < 3; i++) await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    await officer.ok('visits', 'updateSession', { sessionId, capacity: 9 })
    for (let i = 0; i < 3; i++) await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    const times = await expectedTimes(sessionId)
    expect(times).toHaveLength(6)
    expect(inQueueOrder(times)).toBe(true)
    // 90 minutes over 9 places: one every 10 minutes.
    expect(nth(times, 5) - first(times)).toBe(50 * MIN)
  })

  it('refuses a bad change with INVALID_ARGUMENT and changes nothing', async () => {
    const sessionId = await newSession()
    await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    const before = stateWithoutRefusals(t.cloud)
    const session = await t.anonymous.ok('visits', 'getSession', { sessionId })
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ sessionId, endsAt: at(-60 * MIN) }, 'endsAt'],
      [{ sessionId, startsAt: 'tomorrow' }, 'startsAt'],
      [{ sessionId, startsAt: at(-60 * MIN), endsAt: session.endsAt }, 'startsAt'],
      [{ sessionId, capacity: 0 }, 'capacity'],
      [{ sessionId, place: { name: '', address: '某路' } }, 'place.name'],
    ]
    for (const [data, field] of cases) {
      const answer = await officer.call('visits', 'updateSession', data)
      expect({ field, body: answer.body }).toMatchObject({ field, body: { ok: false, error: { code: 'INVALID_ARGUMENT' } } })
    }
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })

  it('staffCancel frees the seat, keeps the reason, tells the resident and is audited; once, own station only', async () => {
    const sessionId = await newSession({ capacity: 2 })
    const holder = await subscribed('cancelled')
    const { bookingId } = await holder.ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    expect(sessionDoc(sessionId).booked).toBe(2)

    const bad: Array<[Record<string, unknown>, string]> = [
      [{ bookingId }, 'reason'],
      [{ bookingId, reason: '走' }, 'reason'],
      [{ bookingId: 'no such id!', reason: '居民来电取消' }, 'bookingId'],
      [{ bookingId, reason: '居民来电取消', extra: 1 }, ''],
    ]
    const before = stateWithoutRefusals(t.cloud)
    for (const [data, field] of bad) {
      const answer = await officer.call('visits', 'staffCancel', data)
      expect({ field, body: answer.body }).toMatchObject({ field, body: { ok: false, error: { code: 'INVALID_ARGUMENT' } } })
    }
    expect((await otherOfficer.call('visits', 'staffCancel', { bookingId, reason: '居民来电取消' })).body).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect((await holder.call('visits', 'staffCancel', { bookingId, reason: '居民来电取消' })).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)

    expect(await officer.ok('visits', 'staffCancel', { bookingId, reason: '居民来电取消' })).toEqual({ bookingId, status: 'cancelled', notified: true })
    expect(sessionDoc(sessionId).booked).toBe(1)
    expect(outboxFor(holder.openid!)).toMatchObject([{ status: 'sent', data: { thing3: { value: '居民来电取消' } } }])
    expect((await holder.ok('visits', 'myBookings', {})).items[0]).toMatchObject({ bookingId, status: 'cancelled', cancelReason: '居民来电取消' })
    const roster = await officer.ok('visits', 'roster', { sessionId })
    expect(roster.items.find((i) => i.bookingId === bookingId)).toMatchObject({ status: 'cancelled', cancelReason: '居民来电取消' })
    const audited = (t.cloud.db.snapshot().auditLog as Array<{ actor: string; action: string; target?: string; outcome?: string }>).filter(
      (a) => a.action === 'staffCancel' && a.target === `bookingId=${bookingId}`,
    )
    expect(audited.filter((a) => !a.outcome).map((a) => a.actor)).toEqual(['demo-officer'])
    expect(audited.filter((a) => a.outcome === 'refused').length).toBeGreaterThanOrEqual(1)
    // The seat is free again: someone else takes it.
    await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    // A second cancel is refused and tells no one again.
    expect((await officer.call('visits', 'staffCancel', { bookingId, reason: '居民来电取消' })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(outboxFor(holder.openid!)).toHaveLength(1)
  })

  it('staffCancel of a counter booking (no one to tell) still cancels: notified false', async () => {
    const sessionId = await newSession()
    const { bookingId } = await officer.ok('visits', 'bookFor', { sessionId, name: '孙奶奶', matter: '户籍咨询' })
    expect(await officer.ok('visits', 'staffCancel', { bookingId, reason: '家人代为取消' })).toEqual({ bookingId, status: 'cancelled', notified: false })
    expect(sessionDoc(sessionId).booked).toBe(0)
  })

  it('checkIn by bookingId from a roster row; the roster shows each check-in code; bad input changes nothing', async () => {
    const sessionId = await newSession({ startsIn: 30 * MIN })
    const a = await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询', name: '周师傅' })
    const roster = await officer.ok('visits', 'roster', { sessionId })
    expect(roster.items[0]).toMatchObject({ bookingId: a.bookingId, checkinCode: a.checkinCode })

    const before = stateWithoutRefusals(t.cloud)
    for (const data of [{}, { bookingId: a.bookingId, checkinCode: a.checkinCode }, { bookingId: '' }, { bookingId: a.bookingId, x: 1 }]) {
      expect((await officer.call('visits', 'checkIn', data)).body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
    expect((await otherOfficer.call('visits', 'checkIn', { bookingId: a.bookingId })).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await officer.call('visits', 'checkIn', { bookingId: 'bk-none' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)

    expect(await officer.ok('visits', 'checkIn', { bookingId: a.bookingId })).toMatchObject({ bookingId: a.bookingId, name: '周师傅', status: 'attended' })
    expect((await officer.call('visits', 'checkIn', { bookingId: a.bookingId })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await officer.ok('visits', 'roster', { sessionId })).items[0]).toMatchObject({ status: 'attended', checkedInAt: expect.any(String) })
  })

  it('checks in a late arrival already marked no-show, on the session’s day', async () => {
    const sessionId = await newSession({ startsIn: 1500, lasts: 1000 })
    const late = await resident().ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    await sleep(2600)
    expect(await officer.ok('visits', 'markNoShows', { sessionId })).toEqual({ noShows: 1 })
    expect(await officer.ok('visits', 'checkIn', { checkinCode: late.checkinCode })).toMatchObject({ bookingId: late.bookingId, status: 'attended' })
    expect((await officer.ok('visits', 'roster', { sessionId })).items.map((i) => i.status)).toEqual(['attended'])
    // Ended sessions are the past: latest first.
    const past = await officer.ok('visits', 'listStationSessions', { when: 'past', limit: 100 })
    expect(first(past.items).sessionId).toBe(sessionId)
  })

  it('bookFor refuses the same name twice in a session unless confirmed; the phone is optional', async () => {
    const sessionId = await newSession()
    await officer.ok('visits', 'bookFor', { sessionId, name: '吴大爷', matter: '户籍咨询' })
    const before = stateWithoutRefusals(t.cloud)
    const again = await officer.call('visits', 'bookFor', { sessionId, name: ' 吴大爷 ', matter: '反诈咨询' })
    expect(again.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'name' } })
    expect((await officer.call('visits', 'bookFor', { sessionId, name: '吴大爷', matter: '户籍咨询', confirmDuplicate: 'yes' })).body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'confirmDuplicate' },
    })
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
    const second = await officer.ok('visits', 'bookFor', { sessionId, name: '吴大爷', matter: '反诈咨询', confirmDuplicate: true })
    expect(second.queueNo).toBe(2)
    // A cancelled booking of that name is no duplicate.
    const other = await officer.ok('visits', 'bookFor', { sessionId, name: '郑阿姨', matter: '户籍咨询' })
    await officer.ok('visits', 'staffCancel', { bookingId: other.bookingId, reason: '记错了场次' })
    await expect(officer.ok('visits', 'bookFor', { sessionId, name: '郑阿姨', matter: '户籍咨询' })).resolves.toMatchObject({ queueNo: 4 })
  })

  it('listStationSessions: upcoming soonest first, past latest first, paged, own station only; `when` is required', async () => {
    const soon = await newSession({ startsIn: 60 * MIN })
    const collect = async (by: Client, data: Record<string, unknown>) => {
      const seen: Array<{ sessionId: string; startsAt: string; endsAt: string; stationId: string }> = []
      let cursor: string | undefined
      do {
        const page = await by.ok('visits', 'listStationSessions', { ...data, limit: 3, ...(cursor ? { cursor } : {}) })
        seen.push(...page.items)
        cursor = page.nextCursor
      } while (cursor)
      return seen
    }
    const upcoming = await collect(officer, { when: 'upcoming' })
    const starts = upcoming.map((s) => Date.parse(s.startsAt))
    expect(starts).toEqual([...starts].sort((x, y) => x - y))
    expect(new Set(upcoming.map((s) => s.sessionId)).size).toBe(upcoming.length)
    expect(upcoming.map((s) => s.sessionId)).toContain(soon)
    expect(upcoming.every((s) => s.stationId === STATION && Date.parse(s.endsAt) > Date.now() - 5_000)).toBe(true)

    const past = await collect(officer, { when: 'past' })
    expect(past.length).toBeGreaterThan(0)
    const pastStarts = past.map((s) => Date.parse(s.startsAt))
    expect(pastStarts).toEqual([...pastStarts].sort((x, y) => y - x))
    expect(past.every((s) => Date.parse(s.endsAt) <= Date.now())).toBe(true)
    expect(past.map((s) => s.sessionId)).not.toContain(soon)

    const everyStation = await collect(t.admin, { when: 'upcoming' })
    expect(new Set(everyStation.map((s) => s.stationId)).size).toBeGreaterThan(1)
    expect((await otherOfficer.call('visits', 'listStationSessions', { when: 'upcoming', stationId: STATION })).body).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    for (const data of [{}, { when: 'soon' }, { when: 'past', limit: 0 }]) {
      expect((await officer.call('visits', 'listStationSessions', data)).body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
  })
})
