/**
 * The privacy function and the router's cross-cutting duties: my data (export, delete), retention,
 * the audit log, per-person rate limits.
 */
import { request } from 'node:http'
import { maskName, maskPhone } from '../../types/privacy'
import { ADMIN, newUser, startTestCloud, type TestCloud } from '../functions/harness'
import { first, present } from '../list-items'

let t: TestCloud

/** A call without a token whose connection comes from `localAddress`, as from another machine. */
function statusFrom(localAddress: string, fn: string, event: object): Promise<number> {
  const body = JSON.stringify(event)
  const url = new URL(`${t.cloud.url}/api/functions/${fn}`)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}
beforeAll(async () => {
  t = await startTestCloud()
})
afterAll(() => t.close())

const DAY = 24 * 3600 * 1000
const fireDaily = (at: Date) => t.cloud.pool.invoke('privacy', { Type: 'Timer', TriggerName: 'daily', Time: at.toISOString() })
const docs = (collection: string) => (t.cloud.db.snapshot()[collection] ?? []) as Record<string, unknown>[]
const byId = (collection: string, id: string) => docs(collection).find((d) => d._id === id)

describe('masking', () => {
  it('shows a mobile number as 138****1234', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
    expect(maskPhone(' 13812341234 ')).toBe('138****1234')
    expect(maskPhone('0931-8123456')).toBe('093*****3456')
    expect(maskPhone('110')).toBe('110')
    expect(maskPhone(undefined)).toBe('')
  })
  it('keeps only the first character of a name', () => {
    expect(maskName('王建国')).toBe('王**')
    expect(maskName('李梅')).toBe('李*')
    expect(maskName('')).toBe('')
  })
})

describe('my data', () => {
  it('exports what is stored about me and nobody else', async () => {
    const me = newUser('resident')
    const other = newUser('resident')
    await t.cloud.db.insertMany('bookings', [
      {
        _id: 'bk-mine',
        checkinCode: 'trust-1',
        sessionId: 's1',
        stationId: 'st',
        openid: me,
        activeKey: me,
        name: '张三',
        phone: '13800001111',
        status: 'booked',
        startsAt: new Date(),
      },
      {
        _id: 'bk-other',
        checkinCode: 'trust-2',
        sessionId: 's1',
        stationId: 'st',
        openid: other,
        activeKey: other,
        name: '李四',
        phone: '13800002222',
        status: 'booked',
        startsAt: new Date(),
      },
    ])
    await t.cloud.db.insertMany('quizzes', [{ _id: 'qz-mine', openid: me, questionIds: [], status: 'submitted', score: 80 }])
    const file = await t.as(me).ok('privacy', 'exportMyData', {})
    expect(file.openid).toBe(me)
    expect(file.filename).toMatch(/^警民通-我的数据-\d{4}-\d{2}-\d{2}\.json$/)
    expect(file.counts).toMatchObject({ bookings: 1, quizzes: 1, reports: 0 })
    expect(file.records.bookings).toEqual([expect.objectContaining({ _id: 'bk-mine', name: '张三', phone: '13800001111' })])
    expect(first(present(file.records.bookings, 'the exported bookings'))).not.toHaveProperty('activeKey')
    expect(JSON.stringify(file)).not.toContain('李四')
  })

  it('deletes: personal fields erased, kept records anonymised, the rest removed', async () => {
    const me = newUser('resident')
    await t.cloud.db.insertMany('reports', [
      {
        _id: 'rp-mine',
        openid: me,
        category: 'other',
        text: '楼道堆放杂物',
        contact: '13800003333',
        stationId: 'st',
        status: 'closed',
        timeline: [],
        createdAt: new Date(),
        updatedAt: new Date(),
      },
    ])
    await t.cloud.db.insertMany('bookings', [
      {
        _id: 'bk-del',
        checkinCode: 'trust-4',
        sessionId: 's2',
        stationId: 'st',
        openid: me,
        activeKey: me,
        name: '王五',
        phone: '13800004444',
        status: 'booked',
        startsAt: new Date(),
      },
    ])
    await t.cloud.db.insertMany('quizMistakes', [{ _id: 'qm-mine', openid: me, questionId: 'q1', wrongCount: 1 }])

    const refused = await t.as(me).call('privacy', 'deleteMyData', {})
    expect(refused.status).toBe(400)
    const result = await t.as(me).ok('privacy', 'deleteMyData', { confirm: true })
    expect(result.anonymised).toMatchObject({ reports: 1, bookings: 1 })
    expect(result.removed).toMatchObject({ quizMistakes: 1 })

    const report = byId('reports', 'rp-mine')!
    expect(report).toMatchObject({ text: '楼道堆放杂物', status: 'closed' })
    expect(report).not.toHaveProperty('openid')
    expect(report).not.toHaveProperty('contact')
    const booking = byId('bookings', 'bk-del')!
    expect(booking).not.toHaveProperty('name')
    expect(booking).not.toHaveProperty('phone')
    expect(booking.activeKey).toBe('erased-bk-del')
    expect(byId('quizMistakes', 'qm-mine')).toBeUndefined()
    expect((await t.as(me).ok('privacy', 'exportMyData', {})).counts.reports).toBe(0)
  })
})

describe('retention timer', () => {
  it('erases booking contacts 90 days after the session and closed cases after 180', async () => {
    const now = new Date()
    await t.cloud.db.insertMany('bookings', [
      {
        _id: 'bk-old',
        checkinCode: 'trust-5',
        sessionId: 's3',
        stationId: 'st',
        openid: 'r-old',
        activeKey: 'r-old',
        name: '旧人',
        phone: '13800005555',
        status: 'attended',
        startsAt: new Date(now.getTime() - 91 * DAY),
      },
      {
        _id: 'bk-recent',
        checkinCode: 'trust-6',
        sessionId: 's3',
        stationId: 'st',
        openid: 'r-new',
        activeKey: 'r-new',
        name: '新人',
        phone: '13800006666',
        status: 'attended',
        startsAt: new Date(now.getTime() - 89 * DAY),
      },
    ])
    await t.cloud.db.insertMany('reports', [
      {
        _id: 'rp-old-closed',
        openid: 'r-old',
        contact: '13800007777',
        status: 'closed',
        stationId: 'st',
        timeline: [],
        text: 't',
        updatedAt: new Date(now.getTime() - 181 * DAY),
      },
      {
        _id: 'rp-old-open',
        openid: 'r-old',
        contact: '13800008888',
        status: 'accepted',
        stationId: 'st',
        timeline: [],
        text: 't',
        updatedAt: new Date(now.getTime() - 181 * DAY),
      },
    ])
    await t.cloud.db.insertMany('mediations', [
      {
        _id: 'md-old',
        openid: 'r-old',
        contact: '13800009999',
        otherParty: '邻居',
        status: 'resolved',
        stationId: 'st',
        timeline: [],
        updatedAt: new Date(now.getTime() - 200 * DAY),
      },
    ])
    const answer = (await fireDaily(now)) as { ok: boolean; data: Record<string, number> }
    expect(answer.ok).toBe(true)
    expect(answer.data).toMatchObject({ bookings: 1, reports: 1, mediations: 1 })
    expect(byId('bookings', 'bk-old')).not.toHaveProperty('phone')
    expect(byId('bookings', 'bk-recent')).toMatchObject({ name: '新人', phone: '13800006666' })
    expect(byId('reports', 'rp-old-closed')).not.toHaveProperty('contact')
    expect(byId('reports', 'rp-old-open')).toHaveProperty('contact', '13800008888')
    expect(byId('mediations', 'md-old')).not.toHaveProperty('otherParty')
  })

  it('cannot be fired by a user', async () => {
    const answer = await t.as(newUser()).raw('privacy', { Type: 'Timer', TriggerName: 'daily', Time: new Date().toISOString() })
    // The gateway passes only {action, data}: a timer-shaped event is just a bad event.
    expect(answer.status).toBe(400)
  })
})

describe('audit log', () => {
  it('records staff changes and exports for admins, who, what, on which record', async () => {
    const { stationId } = await t.admin.ok('org', 'createStation', { name: '审计派出所', address: '审计路 1 号', phone: '0931-8000000' })
    const reader = newUser('resident')
    await t.as(reader).ok('privacy', 'exportMyData', {})
    const page = await t.admin.ok('privacy', 'auditLog', { limit: 100 })
    expect(page.items).toContainEqual(
      expect.objectContaining({
        actor: ADMIN,
        role: 'admin',
        fn: 'org',
        action: 'createStation',
        target: `stationId=${stationId}`,
        fields: ['name', 'address', 'phone'],
      }),
    )
    expect(page.items).toContainEqual(expect.objectContaining({ actor: reader, role: 'resident', fn: 'privacy', action: 'exportMyData' }))
    // Input values (here a phone number) never reach the log.
    expect(JSON.stringify(page.items)).not.toContain('0931-8000000')
    const mine = await t.admin.ok('privacy', 'auditLog', { actor: reader })
    expect(mine.items.map((i) => i.action)).toEqual(['exportMyData'])
  })

  it('is for admins only', async () => {
    expect((await t.as(newUser()).call('privacy', 'auditLog', {})).status).toBe(403)
    expect((await t.anonymous.call('privacy', 'auditLog', {})).status).toBe(401)
  })

  it('does not log reads', async () => {
    const before = docs('auditLog').length
    await t.admin.ok('org', 'listOfficers', {})
    expect(docs('auditLog').length).toBe(before)
  })
})

/** Waits out the end of a fixed window, so that a burst of calls falls in one window. */
async function clearOfWindowEnd(windowMs: number, burstMs: number) {
  const left = windowMs - (Date.now() % windowMs)
  if (left < burstMs) await new Promise((resolve) => setTimeout(resolve, left + 50))
}

describe('rate limits', () => {
  it('answers RATE_LIMITED with a retry hint once a person exceeds a family, across workers', async () => {
    await clearOfWindowEnd(3600_000, 10_000)
    const me = t.as(newUser('busy'))
    const answers = await Promise.all(Array.from({ length: 24 }, () => me.call('privacy', 'exportMyData', {})))
    const limited = answers.filter((a) => a.status === 429)
    // 20 per hour in the `report` family, counted in the database whichever worker answers.
    expect(answers.filter((a) => a.status === 200)).toHaveLength(20)
    expect(limited).toHaveLength(4)
    const { body } = first(limited)
    const error = body.ok === false ? body.error : undefined
    expect(error).toMatchObject({ code: 'RATE_LIMITED' })
    expect(error!.retryAfter).toBeGreaterThan(0)
    expect(error!.retryAfter).toBeLessThanOrEqual(3600)
    // Another person is not affected.
    expect((await t.as(newUser('calm')).call('privacy', 'exportMyData', {})).status).toBe(200)
  })

  it("counts a signed-in person's lookups in the database too: the 301st in a minute is refused", async () => {
    // 301 calls take well over 15 s on a busy machine: start early in a window.
    await clearOfWindowEnd(60_000, 40_000)
    const me = t.as(newUser('reader'))
    const statuses: number[] = []
    for (let i = 0; i < 301; i += 25) {
      const batch = await Promise.all(Array.from({ length: Math.min(25, 301 - i) }, () => me.call('org', 'whoami', {})))
      statuses.push(...batch.map((a) => a.status))
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(300)
    expect(statuses.filter((s) => s === 429)).toHaveLength(1)
  }, 120_000)

  it('leaves my limits as they were when I delete my data: counters are not personal data', async () => {
    await clearOfWindowEnd(3600_000, 20_000)
    const id = newUser('leaver')
    const me = t.as(id)
    // 19 exports and the deletion: the 20 calls an hour of the `report` family.
    for (let i = 0; i < 19; i++) expect((await me.call('privacy', 'exportMyData', {})).status).toBe(200)
    expect((await me.call('privacy', 'deleteMyData', { confirm: true })).status).toBe(200)
    const after = await me.call('privacy', 'exportMyData', {})
    expect([after.status, after.body.ok === false && after.body.error.code]).toEqual([429, 'RATE_LIMITED'])
    expect(docs('rateLimits').some((d) => String(d._id).endsWith(`:${id}`))).toBe(true)
  })

  it('limits calls without a token per client address, in the database', async () => {
    await clearOfWindowEnd(60_000, 40_000)
    const statuses: number[] = []
    for (let i = 0; i < 305; i += 25) {
      const batch = await Promise.all(Array.from({ length: Math.min(25, 305 - i) }, () => t.anonymous.call('community', 'listGuides', {})))
      statuses.push(...batch.map((a) => a.status))
    }
    // 300 lookups a minute, whichever worker answers; the rest are refused.
    expect(statuses.filter((s) => s === 200)).toHaveLength(300)
    expect(statuses.filter((s) => s === 429)).toHaveLength(5)
    expect(docs('rateLimits').filter((d) => typeof d.subject === 'string' && String(d.subject).startsWith('ip:')).length).toBeGreaterThan(0)
    // Someone signed in is counted as themselves, not as the address.
    expect((await t.as(newUser('reader')).call('community', 'listGuides', {})).status).toBe(200)
    // Another address (a second loopback address as the client's source) keeps its own counter.
    expect(await statusFrom('127.0.0.2', 'community', { action: 'listGuides', data: {} })).toBe(200)
    expect(await statusFrom('127.0.0.1', 'community', { action: 'listGuides', data: {} })).toBe(429)
  }, 120_000)
})
