import { DEMO_OFFICER_OPENID, DEMO_PLATE_CODE, DEMO_STATION_ID } from '../../local/demo/people'
import { newUser, startTestCloud, type TestCloud } from './harness'
import { first } from '../list-items'

let t: TestCloud
const OTHER_OFFICER = 'other-station-officer-ly'

beforeAll(async () => {
  t = await startTestCloud({ demo: true })
  await t.admin.ok('org', 'grantRole', { openid: OTHER_OFFICER, role: 'officer', officerId: 'of-zhao' })
})
afterAll(() => t.close())

const officer = () => t.as(DEMO_OFFICER_OPENID)
const threadDocs = () => (t.cloud.db.snapshot().messageThreads ?? []) as { _id: string; openid: string; status: string }[]
const outboxFor = (openid: string) =>
  ((t.cloud.db.snapshot().outbox ?? []) as { touser: string; templateId: string; page: string; status: string }[]).filter((m) => m.touser === openid)

describe('留言: a resident writes to the officer of a plate’s area', () => {
  it('starts a thread with the area’s officer and station, and continues it on the next message', async () => {
    const resident = t.as(newUser('writer'))
    const first = await resident.ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '楼下路灯坏了一个月，晚上回家很黑。' })
    const second = await resident.ok('messages', 'send', { plateCode: DEMO_PLATE_CODE.toLowerCase(), text: '补充一下：是 3 号楼东边那盏。' })
    expect(second.threadId).toBe(first.threadId)

    const thread = await resident.ok('messages', 'getThread', { threadId: first.threadId })
    expect(thread).toMatchObject({ area: '南关社区', stationId: DEMO_STATION_ID, officerName: '王建国', status: 'open' })
    expect(thread.messages.map((m) => [m.from, m.text])).toEqual([
      ['resident', '楼下路灯坏了一个月，晚上回家很黑。'],
      ['resident', '补充一下：是 3 号楼东边那盏。'],
    ])
  })

  it('answers NOT_FOUND for an unknown plate and INVALID_ARGUMENT for a malformed code or text, writing nothing', async () => {
    const resident = t.as(newUser('writer'))
    const before = threadDocs().length
    const unknown = await resident.call('messages', 'send', { plateCode: 'ZZZZ2345', text: '你好，请问有人在吗？' })
    expect(unknown.body).toMatchObject({ ok: false, error: { code: expect.stringMatching(/NOT_FOUND|INVALID_ARGUMENT/) } })
    const short = await resident.call('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '好' })
    expect(short.status).toBe(400)
    const long = await resident.call('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '长'.repeat(501) })
    expect(long.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'text' } })
    expect(threadDocs().length).toBe(before)
  })

  it('refuses text the content check rejects', async () => {
    const resident = t.as(newUser('writer'))
    const answer = await resident.call('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '有人在小区里兜售测试违规词，请处理' })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', field: 'text' } })
  })

  it('needs a signed-in resident', async () => {
    const answer = await t.anonymous.call('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '匿名可以留言吗？' })
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('keeps one open thread per area even when two messages race', async () => {
    const openid = newUser('racer')
    const resident = t.as(openid)
    const sent = await Promise.all(
      Array.from({ length: 6 }, (_, i) => resident.ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: `同时发出的第 ${i + 1} 条留言` })),
    )
    expect(new Set(sent.map((s) => s.threadId)).size).toBe(1)
    const thread = await resident.ok('messages', 'getThread', { threadId: first(sent).threadId })
    expect(thread.messages).toHaveLength(6)
  })
})

describe('the station answers', () => {
  it('shows the thread in the station’s inbox as unread, and reading it clears the count', async () => {
    const resident = t.as(newUser('writer'))
    const { threadId } = await resident.ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '小区门口晚上总有人聚集喝酒。' })

    const inbox = await officer().ok('messages', 'inbox', { limit: 100 })
    const row = inbox.items.find((i) => i.threadId === threadId)
    expect(row).toMatchObject({ unread: 1, lastFrom: 'resident', status: 'open' })
    expect(inbox.unreadThreads).toBeGreaterThanOrEqual(1)
    // Staff never see who wrote it.
    expect(JSON.stringify(inbox)).not.toContain(resident.openid)

    await officer().ok('messages', 'readThread', { threadId })
    const after = await officer().ok('messages', 'inbox', { limit: 100 })
    expect(after.items.find((i) => i.threadId === threadId)?.unread).toBe(0)
  })

  it('replies signed with the officer’s name; the resident who accepted the notice is told by a subscribe message', async () => {
    const openid = newUser('writer')
    const resident = t.as(openid)
    const { reply } = await resident.ok('messages', 'templates', {})
    await resident.accept([reply])
    const { threadId } = await resident.ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '请问户口迁入需要准备什么？' })

    await officer().ok('messages', 'reply', { threadId, text: '带上户口簿和房产证，工作日到警务室办理。' })

    const mine = await resident.ok('messages', 'myThreads', {})
    expect(mine.items.find((i) => i.threadId === threadId)).toMatchObject({ unread: 1, lastFrom: 'staff' })
    const thread = await resident.ok('messages', 'getThread', { threadId })
    expect(thread.messages[1]).toMatchObject({ from: 'staff', by: '王建国', text: '带上户口簿和房产证，工作日到警务室办理。' })
    expect((await resident.ok('messages', 'myThreads', {})).items.find((i) => i.threadId === threadId)?.unread).toBe(0)
    const notices = outboxFor(openid)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ status: 'sent', templateId: reply, page: `messages/thread/index?threadId=${threadId}` })
  })

  it('answers a resident who never allowed a notice all the same: the refused send is only recorded', async () => {
    const openid = newUser('writer')
    const { threadId } = await t.as(openid).ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '没有允许通知也能收到回复吗？' })
    await officer().ok('messages', 'reply', { threadId, text: '可以的，打开我的留言就能看到。' })
    await officer().ok('messages', 'reply', { threadId, text: '有新回复会显示未读。' })
    expect(outboxFor(openid).map((n) => n.status)).toEqual(['refused', 'refused'])
    expect((await t.as(openid).ok('messages', 'getThread', { threadId })).messages).toHaveLength(3)
  })

  it('closes a thread; the resident’s next message starts a new one', async () => {
    const resident = t.as(newUser('writer'))
    const { threadId } = await resident.ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '门口的井盖松了，踩上去会晃。' })
    expect(await officer().ok('messages', 'close', { threadId })).toEqual({ threadId, status: 'closed' })
    const next = await resident.ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '井盖又松了，麻烦再看看。' })
    expect(next.threadId).not.toBe(threadId)
  })
})

describe('a thread is private to its two sides', () => {
  it('another resident cannot read it: NOT_FOUND, the same as a missing thread', async () => {
    const { threadId } = await t.as(newUser('writer')).ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '这是我的私人留言内容。' })
    const stranger = t.as(newUser('stranger'))
    const theirs = await stranger.call('messages', 'getThread', { threadId })
    const missing = await stranger.call('messages', 'getThread', { threadId: 'LYNOSUCHTHREAD00' })
    expect(theirs.body).toEqual(missing.body)
    expect(theirs.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('an officer of another station sees nothing of it and cannot answer or close it', async () => {
    const { threadId } = await t.as(newUser('writer')).ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '只给本社区民警看的留言。' })
    const other = t.as(OTHER_OFFICER)
    const inbox = await other.ok('messages', 'inbox', { limit: 100 })
    expect(inbox.items.some((i) => i.threadId === threadId)).toBe(false)
    expect((await other.call('messages', 'inbox', { stationId: DEMO_STATION_ID })).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    for (const action of ['readThread', 'close'] as const) {
      expect((await other.call('messages', action, { threadId })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    expect((await other.call('messages', 'reply', { threadId, text: '我来回复一下试试。' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const thread = await t.admin.ok('messages', 'readThread', { threadId })
    expect(thread.messages).toHaveLength(1)
  })

  it('residents cannot use the station’s actions', async () => {
    const resident = t.as(newUser('writer'))
    expect((await resident.call('messages', 'inbox', {})).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('我的数据', () => {
  it('exports a person’s threads and removes them on deletion', async () => {
    const openid = newUser('leaver')
    const resident = t.as(openid)
    const { threadId } = await resident.ok('messages', 'send', { plateCode: DEMO_PLATE_CODE, text: '我要搬走了，谢谢王警官的照顾。' })
    const exported = await resident.ok('privacy', 'exportMyData', {})
    expect(JSON.stringify(exported.records.messageThreads)).toContain('我要搬走了')
    await resident.ok('privacy', 'deleteMyData', { confirm: true })
    expect(threadDocs().some((d) => d._id === threadId)).toBe(false)
  })
})
