import type { ActionName } from '../../types'
import { CITY_STATION, newUser, signedInOfficer, startTestCloud, type TestCloud } from './harness'
import { first, nth } from '../list-items'

let t: TestCloud
let officer: ReturnType<TestCloud['as']>

beforeAll(async () => {
  t = await startTestCloud()
  const { stationId } = await t.admin.ok('org', 'createStation', CITY_STATION)
  ;({ officer } = await signedInOfficer(t, stationId, ['南关社区']))
})
afterAll(() => t.close())

const errorOf = (answer: { body: { ok: boolean; error?: { code: string; message: string; field?: string } } }) => answer.body.error

const article = (over: Record<string, unknown> = {}) => ({
  type: 'police',
  title: '接到“公安局”电话说你涉嫌洗钱？挂掉',
  summary: '公检法不会电话办案，更没有“安全账户”。',
  body: [
    { kind: 'paragraph', text: '骗子会报出你的姓名和身份证号，让你相信他是警察。' },
    { kind: 'signs', items: ['说你涉嫌犯罪', '要求转账到安全账户', '不许告诉家人'] },
    { kind: 'steps', items: ['马上挂断', '拨打 110 核实'] },
  ],
  ...over,
})

const question = (n: number, over: Record<string, unknown> = {}) => ({
  type: 'rebate',
  stem: `第 ${n} 题：网上兼职要你先垫钱刷单，能做吗？`,
  options: ['能，马上返佣金', '不能，这是骗局', '先少垫一点试试'],
  answer: 1,
  explanation: '要你先垫钱的刷单都是骗局，刷单本身也违法。',
  ...over,
})

async function published(kind: 'article' | 'case' | 'question' | 'tip', data: Record<string, unknown>) {
  const action = ({ article: 'saveArticle', case: 'saveCase', question: 'saveQuestion', tip: 'saveTip' } as const)[kind]
  const { id } = await officer.ok('fraud', action, data)
  await officer.ok('fraud', 'publish', { kind, id })
  return id
}

describe('reading articles and cases', () => {
  it('hides drafts and archived articles from residents', async () => {
    const { id: draft } = await officer.ok('fraud', 'saveArticle', article({ title: '还是草稿的文章' }))
    const resident = t.as(newUser())
    expect(errorOf(await resident.call('fraud', 'getArticle', { id: draft }))?.code).toBe('NOT_FOUND')

    const live = await published('article', article({ title: '已经发布的文章' }))
    expect((await resident.ok('fraud', 'getArticle', { id: live })).title).toBe('已经发布的文章')
    await officer.ok('fraud', 'archive', { kind: 'article', id: live })
    expect(errorOf(await resident.call('fraud', 'getArticle', { id: live }))?.code).toBe('NOT_FOUND')

    const titles = (await resident.ok('fraud', 'listArticles', { limit: 100 })).items.map((a) => a.title)
    expect(titles).not.toContain('还是草稿的文章')
    expect(titles).not.toContain('已经发布的文章')
  })

  it('hides a published article again while an edit of it waits as a draft', async () => {
    const id = await published('article', article({ title: '改稿前' }))
    await officer.ok('fraud', 'saveArticle', { id, ...article({ title: '改稿后' }) })
    expect(errorOf(await t.anonymous.call('fraud', 'getArticle', { id }))?.code).toBe('NOT_FOUND')
    await officer.ok('fraud', 'publish', { kind: 'article', id })
    expect((await t.anonymous.ok('fraud', 'getArticle', { id })).title).toBe('改稿后')
  })

  it('counts a view each time an article is opened', async () => {
    const id = await published('article', article())
    expect((await t.anonymous.ok('fraud', 'getArticle', { id })).views).toBe(1)
    expect((await t.as(newUser()).ok('fraud', 'getArticle', { id })).views).toBe(2)
  })

  it('returns the body blocks as written', async () => {
    const id = await published('article', article())
    const read = await t.anonymous.ok('fraud', 'getArticle', { id })
    expect(read.body).toEqual(article().body)
  })

  it('lists types with their published article counts', async () => {
    const before = (await t.anonymous.ok('fraud', 'listTypes', {})).items
    await published('article', article({ type: 'credit', title: '“征信有污点，帮你修复”是骗局' }))
    await officer.ok('fraud', 'saveArticle', article({ type: 'credit', title: '草稿不计数' }))
    const after = (await t.anonymous.ok('fraud', 'listTypes', {})).items
    expect(after).toHaveLength(10)
    const credit = after.find((x) => x.type === 'credit')!
    expect(credit.label).toBe('虚假征信')
    expect(credit.articles).toBe(before.find((x) => x.type === 'credit')!.articles + 1)
  })

  it('pages through articles of one type without repeating any', async () => {
    for (let i = 0; i < 5; i++) await published('article', article({ type: 'gaming', title: `游戏交易第 ${i} 篇` }))
    const first = await t.anonymous.ok('fraud', 'listArticles', { type: 'gaming', limit: 3 })
    expect(first.items).toHaveLength(3)
    expect(first.nextCursor).toBeDefined()
    const second = await t.anonymous.ok('fraud', 'listArticles', { type: 'gaming', limit: 3, cursor: first.nextCursor })
    expect(second.items).toHaveLength(2)
    expect(second.nextCursor).toBeUndefined()
    const titles = [...first.items, ...second.items].map((a) => a.title)
    expect(new Set(titles).size).toBe(5)
    expect(titles[0]).toBe('游戏交易第 4 篇')
  })

  it('shows published cases with what happened, the mistake and the lesson', async () => {
    const id = await published('case', {
      type: 'romance',
      title: '网恋三个月，被“男友”带进投资平台',
      story: '张阿姨在交友软件上认识了一位自称工程师的男士，每天嘘寒问暖，后来带她在一个平台上投资。',
      mistake: '没见过面就相信对方，在陌生平台上转了钱。',
      lesson: '网友谈钱，就是骗子。',
    })
    const { id: draft } = await officer.ok('fraud', 'saveCase', {
      type: 'romance',
      title: '草稿案例',
      story: '这是一个还没有发布的案例的经过。',
      mistake: '没有',
      lesson: '没有',
    })
    const read = await t.anonymous.ok('fraud', 'getCase', { id })
    expect(read).toMatchObject({ type: 'romance', mistake: '没见过面就相信对方，在陌生平台上转了钱。', lesson: '网友谈钱，就是骗子。' })
    expect(errorOf(await t.anonymous.call('fraud', 'getCase', { id: draft }))?.code).toBe('NOT_FOUND')
    const list = await t.anonymous.ok('fraud', 'listCases', { type: 'romance' })
    expect(list.items.map((c) => c.id)).toEqual([id])
    expect(first(list.items).excerpt.startsWith('张阿姨在交友软件上')).toBe(true)
  })
})

describe('the daily tip', () => {
  beforeAll(async () => {
    for (let i = 1; i <= 4; i++) await published('tip', { text: `第 ${i} 条提示：陌生来电让你转账，一律不转。` })
  })

  it('is the same for everyone on a China day and different the next day', async () => {
    const a = await t.as(newUser()).ok('fraud', 'dailyTip', { date: '2026-12-01' })
    const b = await t.anonymous.ok('fraud', 'dailyTip', { date: '2026-12-01' })
    const next = await t.anonymous.ok('fraud', 'dailyTip', { date: '2026-12-02' })
    expect(a.tip).not.toBeNull()
    expect(b.tip).toEqual(a.tip)
    expect(next.tip!.id).not.toBe(a.tip!.id)
  })

  it('stays the day’s tip when a new tip is published during the day', async () => {
    const morning = await t.anonymous.ok('fraud', 'dailyTip', { date: '2026-12-05' })
    await published('tip', { text: '中午新发布的提示：不点陌生链接。' })
    expect((await t.anonymous.ok('fraud', 'dailyTip', { date: '2026-12-05' })).tip).toEqual(morning.tip)
  })

  it('differs from yesterday’s even when the number of tips changed overnight', async () => {
    const seen: string[] = []
    for (let d = 10; d <= 20; d++) seen.push((await t.anonymous.ok('fraud', 'dailyTip', { date: `2026-12-${d}` })).tip!.id)
    await published('tip', { text: '又一条新提示：验证码不告诉任何人。' })
    const day21 = (await t.anonymous.ok('fraud', 'dailyTip', { date: '2026-12-21' })).tip!.id
    for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1])
    expect(day21).not.toBe(seen[seen.length - 1])
  })

  it('uses the China calendar day when no date is given', async () => {
    const now = new Date()
    const chinaToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
    const answer = await t.anonymous.ok('fraud', 'dailyTip', {})
    // Around China midnight the test and the function may straddle the day: allow the next one.
    const chinaSoon = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(now.getTime() + 60_000))
    expect([chinaToday, chinaSoon]).toContain(answer.date)
  })

  it('is replaced when the day’s tip is taken down', async () => {
    const first = (await t.anonymous.ok('fraud', 'dailyTip', { date: '2027-01-15' })).tip!
    await officer.ok('fraud', 'archive', { kind: 'tip', id: first.id })
    const after = (await t.anonymous.ok('fraud', 'dailyTip', { date: '2027-01-15' })).tip!
    expect(after.id).not.toBe(first.id)
    await officer.ok('fraud', 'publish', { kind: 'tip', id: first.id })
  })
})

describe('quizzes', () => {
  let questionIds: string[]
  beforeAll(async () => {
    questionIds = []
    for (let i = 1; i <= 6; i++) questionIds.push(await published('question', question(i, { type: 'loan', answer: i % 3 })))
    await officer.ok('fraud', 'saveQuestion', question(99, { type: 'loan', stem: '草稿题：不应出现在测验里' }))
  })

  it('never sends answers or explanations before submission', async () => {
    const answer = await t.as(newUser()).call('fraud', 'startQuiz', { count: 5, type: 'loan' })
    expect(answer.body.ok).toBe(true)
    const text = JSON.stringify(answer.body)
    expect(text).not.toContain('explanation')
    expect(text).not.toContain('"answer"')
    expect(text).not.toContain('刷单本身也违法')
    const data = answer.body.ok ? answer.body.data : undefined
    expect(data!.questions).toHaveLength(5)
    for (const q of data!.questions) expect(Object.keys(q).sort()).toEqual(['id', 'options', 'stem', 'type'])
  })

  it('asks only published questions of the chosen type', async () => {
    const { questions } = await t.as(newUser()).ok('fraud', 'startQuiz', { count: 20, type: 'loan' })
    expect(questions).toHaveLength(6)
    expect(questions.every((q) => questionIds.includes(q.id))).toBe(true)
  })

  it('scores the answers and explains each question', async () => {
    const me = t.as(newUser())
    const { quizId, questions } = await me.ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    const rightAnswer = (id: string) => questionIds.indexOf(id) + 1 // question(i) has answer i % 3
    const answers = questions.map((q, n) => ({ questionId: q.id, choice: n < 3 ? rightAnswer(q.id) % 3 : (rightAnswer(q.id) + 1) % 3 }))
    const result = await me.ok('fraud', 'submitQuiz', { quizId, answers })
    expect(result.score).toBe(3)
    expect(result.total).toBe(5)
    expect(result.results).toHaveLength(5)
    for (const r of result.results) {
      expect(r.explanation).toBe('要你先垫钱的刷单都是骗局，刷单本身也违法。')
      expect(r.answer).toBe(rightAnswer(r.questionId) % 3)
      expect(r.correct).toBe(r.choice === r.answer)
    }
  })

  it('takes a quiz’s answers once', async () => {
    const me = t.as(newUser())
    const { quizId, questions } = await me.ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    const answers = questions.map((q) => ({ questionId: q.id, choice: 0 }))
    await me.ok('fraud', 'submitQuiz', { quizId, answers })
    const again = await me.call('fraud', 'submitQuiz', { quizId, answers: answers.map((a) => ({ ...a, choice: 1 })) })
    expect(errorOf(again)?.code).toBe('CONFLICT')
  })

  it('takes a quiz’s answers once even when two submissions race', async () => {
    const me = t.as(newUser())
    const { quizId, questions } = await me.ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    const answers = questions.map((q) => ({ questionId: q.id, choice: 0 }))
    const both = await Promise.all([me.call('fraud', 'submitQuiz', { quizId, answers }), me.call('fraud', 'submitQuiz', { quizId, answers })])
    expect(both.filter((a) => a.body.ok)).toHaveLength(1)
    expect(both.map((a) => errorOf(a)?.code).filter(Boolean)).toEqual(['CONFLICT'])
  })

  it('does not let someone else submit or see my quiz', async () => {
    const { quizId, questions } = await t.as(newUser()).ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    const other = await t.as(newUser()).call('fraud', 'submitQuiz', { quizId, answers: [{ questionId: first(questions).id, choice: 0 }] })
    expect(errorOf(other)?.code).toBe('NOT_FOUND')
  })

  it('refuses answers to questions outside the quiz and options that do not exist', async () => {
    const me = t.as(newUser())
    const { quizId, questions } = await me.ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    const outside = questionIds.find((id) => !questions.some((q) => q.id === id))!
    const foreign = await me.call('fraud', 'submitQuiz', { quizId, answers: [{ questionId: outside, choice: 0 }] })
    expect(errorOf(foreign)).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'answers.0.questionId' })
    const noOption = await me.call('fraud', 'submitQuiz', { quizId, answers: [{ questionId: first(questions).id, choice: 3 }] })
    expect(errorOf(noOption)).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'answers.0.choice' })
    // Refused answers do not use up the quiz.
    expect((await me.ok('fraud', 'submitQuiz', { quizId, answers: [] })).score).toBe(0)
  })

  it('needs a signed-in caller', async () => {
    expect(errorOf(await t.anonymous.call('fraud', 'startQuiz', {}))?.code).toBe('UNAUTHENTICATED')
  })

  it('keeps count between 5 and 20', async () => {
    expect(errorOf(await t.as(newUser()).call('fraud', 'startQuiz', { count: 4 }))?.code).toBe('INVALID_ARGUMENT')
    expect(errorOf(await t.as(newUser()).call('fraud', 'startQuiz', { count: 21 }))?.code).toBe('INVALID_ARGUMENT')
  })

  it('puts wrong answers in my mistakes, and a right retry takes them out', async () => {
    const me = t.as(newUser())
    const { quizId, questions } = await me.ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    const right = (id: string) => (questionIds.indexOf(id) + 1) % 3
    const wrongOne = first(questions).id
    const answers = questions.map((q) => ({ questionId: q.id, choice: q.id === wrongOne ? (right(q.id) + 1) % 3 : right(q.id) }))
    await me.ok('fraud', 'submitQuiz', { quizId, answers })

    const mistakes = await me.ok('fraud', 'reviewMistakes', {})
    expect(mistakes.items.map((m) => m.questionId)).toEqual([wrongOne])
    expect(mistakes.items[0]).toMatchObject({ choice: (right(wrongOne) + 1) % 3, answer: right(wrongOne), wrongCount: 1 })
    expect((await t.as(newUser()).ok('fraud', 'reviewMistakes', {})).items).toEqual([])

    const retryWrong = await me.ok('fraud', 'resolveMistake', { questionId: wrongOne, choice: (right(wrongOne) + 2) % 3 })
    expect(retryWrong.correct).toBe(false)
    expect(first((await me.ok('fraud', 'reviewMistakes', {})).items).wrongCount).toBe(2)
    const retryRight = await me.ok('fraud', 'resolveMistake', { questionId: wrongOne, choice: right(wrongOne) })
    expect(retryRight).toMatchObject({ correct: true, answer: right(wrongOne) })
    expect((await me.ok('fraud', 'reviewMistakes', {})).items).toEqual([])
  })

  it('explains a question right after it is answered, and takes that answer once', async () => {
    const me = t.as(newUser())
    const { quizId, questions } = await me.ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    const right = (id: string) => (questionIds.indexOf(id) + 1) % 3
    const first = nth(questions, 0, 'a first question')
    const second = nth(questions, 1, 'a second question')
    const checked = await me.ok('fraud', 'checkAnswer', { quizId, questionId: first.id, choice: (right(first.id) + 1) % 3 })
    expect(checked).toEqual({ correct: false, answer: right(first.id), explanation: '要你先垫钱的刷单都是骗局，刷单本身也违法。' })
    const again = await me.call('fraud', 'checkAnswer', { quizId, questionId: first.id, choice: right(first.id) })
    expect(errorOf(again)?.code).toBe('CONFLICT')
    // A wrong answer is in the mistakes at once, even if the quiz is never handed in.
    expect((await me.ok('fraud', 'reviewMistakes', {})).items.map((m) => m.questionId)).toEqual([first.id])

    expect((await me.ok('fraud', 'checkAnswer', { quizId, questionId: second.id, choice: right(second.id) })).correct).toBe(true)
    // Handing in a different choice for an answered question is refused; the same choice is fine.
    const changed = await me.call('fraud', 'submitQuiz', { quizId, answers: [{ questionId: first.id, choice: right(first.id) }] })
    expect(errorOf(changed)?.code).toBe('CONFLICT')
    const result = await me.ok('fraud', 'submitQuiz', { quizId, answers: [{ questionId: first.id, choice: (right(first.id) + 1) % 3 }] })
    expect(result.score).toBe(1)
    expect(result.results.find((r) => r.questionId === second.id)).toMatchObject({ choice: right(second.id), correct: true })
    expect(errorOf(await me.call('fraud', 'checkAnswer', { quizId, questionId: nth(questions, 2).id, choice: 0 }))?.code).toBe('CONFLICT')
    // Unanswered questions count as mistakes once handed in; the checked one is not counted twice.
    const mistakes = (await me.ok('fraud', 'reviewMistakes', {})).items
    expect(mistakes).toHaveLength(4)
    expect(mistakes.find((m) => m.questionId === first.id)!.wrongCount).toBe(1)
  })

  it('shows a submitted quiz again, to its owner only', async () => {
    const me = t.as(newUser())
    const { quizId, questions } = await me.ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    expect(errorOf(await me.call('fraud', 'quizResult', { quizId }))?.code).toBe('CONFLICT')
    const submitted = await me.ok('fraud', 'submitQuiz', { quizId, answers: questions.map((q) => ({ questionId: q.id, choice: 1 })) })
    expect(await me.ok('fraud', 'quizResult', { quizId })).toEqual(submitted)
    expect(errorOf(await t.as(newUser()).call('fraud', 'quizResult', { quizId }))?.code).toBe('NOT_FOUND')
  })

  it('lists my quizzes, newest first, with scores once submitted', async () => {
    const me = t.as(newUser())
    const first = await me.ok('fraud', 'startQuiz', { count: 5, type: 'loan' })
    await me.ok('fraud', 'submitQuiz', { quizId: first.quizId, answers: [] })
    const second = await me.ok('fraud', 'startQuiz', { count: 6, type: 'loan' })
    const history = await me.ok('fraud', 'myQuizHistory', {})
    expect(history.items.map((q) => q.quizId)).toEqual([second.quizId, first.quizId])
    expect(history.items[0]).toMatchObject({ total: 6, type: 'loan' })
    expect(nth(history.items, 0).score).toBeUndefined()
    expect(history.items[1]).toMatchObject({ total: 5, score: 0 })
    expect((await t.as(newUser()).ok('fraud', 'myQuizHistory', {})).items).toEqual([])
  })
})

describe('the content console', () => {
  const staffCalls: [ActionName<'fraud'>, Record<string, unknown>][] = [
    ['saveArticle', article()],
    [
      'saveCase',
      { type: 'boss', title: '冒充领导', story: '一位会计接到“老板”的微信，让她马上转账。', mistake: '没打电话核实', lesson: '转账前当面或电话核实' },
    ],
    ['saveQuestion', question(1)],
    ['saveTip', { text: '验证码不告诉任何人。' }],
    ['publish', { kind: 'article', id: 'someid' }],
    ['archive', { kind: 'article', id: 'someid' }],
    ['listContent', { kind: 'article' }],
    ['getContent', { kind: 'article', id: 'someid' }],
  ]

  it.each(staffCalls)('refuses %s to residents and to callers not signed in', async (action, data) => {
    expect(errorOf(await t.as(newUser()).call('fraud', action, data))?.code).toBe('FORBIDDEN')
    expect(errorOf(await t.anonymous.call('fraud', action, data))?.code).toBe('UNAUTHENTICATED')
  })

  it('lets admins and officers both write', async () => {
    const { id } = await t.admin.ok('fraud', 'saveTip', { text: '管理员写的提示：不要扫陌生二维码。' })
    expect((await officer.ok('fraud', 'getContent', { kind: 'tip', id })).status).toBe('draft')
  })

  it("lets an officer change only their own station's content, and district content only admins", async () => {
    const { stationId: east } = await t.admin.ok('org', 'createStation', { name: '东城派出所', address: '东岗路 1 号', phone: '0931-8123457' })
    const { officerId } = await t.admin.ok('org', 'createOfficer', {
      name: '赵东',
      badgeNo: '300002',
      phone: '13800000002',
      dutyHours: '工作日',
      stationId: east,
      areas: ['东岗社区'],
    })
    const neighbour = t.as(newUser('officer-east'))
    await t.admin.ok('org', 'grantRole', { openid: neighbour.openid!, role: 'officer', officerId })

    const ours = await published('article', article({ title: '本所民警写的文章' }))
    const { id: district } = await t.admin.ok('fraud', 'saveArticle', article({ title: '全区的文章' }))
    await t.admin.ok('fraud', 'publish', { kind: 'article', id: district })
    const before = JSON.stringify(t.cloud.db.snapshot().fraudArticles)

    // Another station's officer: no edit, no archive, no publish of ours; nobody but admins on the district's.
    for (const [who, id] of [
      [neighbour, ours],
      [neighbour, district],
      [officer, district],
    ] as const) {
      expect(errorOf(await who.call('fraud', 'archive', { kind: 'article', id }))?.code).toBe('FORBIDDEN')
      expect(errorOf(await who.call('fraud', 'publish', { kind: 'article', id }))?.code).toBe('FORBIDDEN')
      expect(errorOf(await who.call('fraud', 'saveArticle', { id, ...article({ title: '改掉别人的文章' }) }))?.code).toBe('FORBIDDEN')
    }
    expect(JSON.stringify(t.cloud.db.snapshot().fraudArticles)).toBe(before)
    // The editor can tell whose it is.
    expect(await neighbour.ok('fraud', 'getContent', { kind: 'article', id: district })).not.toHaveProperty('stationId')
    expect((await neighbour.ok('fraud', 'getContent', { kind: 'article', id: ours })).stationId).toBeDefined()

    expect(await officer.ok('fraud', 'archive', { kind: 'article', id: ours })).toEqual({ id: ours, status: 'archived' })
    expect(await t.admin.ok('fraud', 'archive', { kind: 'article', id: district })).toEqual({ id: district, status: 'archived' })
  })

  it('rejects text that fails the content check on publish, naming the field', async () => {
    const body = [...article().body, { kind: 'paragraph', text: '这一段里有测验违规词：测试违规词。' }]
    const { id } = await officer.ok('fraud', 'saveArticle', article({ body }))
    const answer = await officer.call('fraud', 'publish', { kind: 'article', id })
    expect(answer.status).toBe(422)
    expect(errorOf(answer)).toMatchObject({ code: 'CONTENT_REJECTED', field: 'body.3.text' })
    expect((await officer.ok('fraud', 'getContent', { kind: 'article', id })).status).toBe('draft')

    const { id: q } = await officer.ok('fraud', 'saveQuestion', question(7, { options: ['好', '赌博网站也可以'], answer: 0 }))
    expect(errorOf(await officer.call('fraud', 'publish', { kind: 'question', id: q }))).toMatchObject({ code: 'CONTENT_REJECTED', field: 'options.1' })
    const { id: c } = await officer.ok('fraud', 'saveCase', {
      type: 'boss',
      title: '办假证的案例',
      story: '一位居民想找人办证，结果被骗。',
      mistake: '轻信',
      lesson: '走正规渠道',
    })
    expect(errorOf(await officer.call('fraud', 'publish', { kind: 'case', id: c }))).toMatchObject({ code: 'CONTENT_REJECTED', field: 'title' })
  })

  it('lists content by status with drafts, most recently updated first', async () => {
    const { id: a } = await officer.ok('fraud', 'saveTip', { text: '列表测试草稿一：钱不转陌生人。', type: 'shopping' })
    const b = await published('tip', { text: '列表测试已发布：购物只在正规平台。', type: 'shopping' })
    const drafts = await officer.ok('fraud', 'listContent', { kind: 'tip', status: 'draft', type: 'shopping' })
    expect(drafts.items.map((i) => i.id)).toEqual([a])
    expect(drafts.items[0]).toMatchObject({ kind: 'tip', status: 'draft', title: '列表测试草稿一：钱不转陌生人。' })
    const all = await officer.ok('fraud', 'listContent', { kind: 'tip', type: 'shopping' })
    expect(all.items.map((i) => i.id)).toEqual([b, a])
  })

  it('edits replace lists whole and may clear a tip’s type', async () => {
    const { id } = await officer.ok('fraud', 'saveQuestion', question(8))
    await officer.ok('fraud', 'saveQuestion', { id, ...question(8, { options: ['是', '否'], answer: 0 }) })
    expect(await officer.ok('fraud', 'getContent', { kind: 'question', id })).toMatchObject({ options: ['是', '否'], answer: 0 })
    const { id: tip } = await officer.ok('fraud', 'saveTip', { text: '有类型的提示：不借钱给网友。', type: 'romance' })
    await officer.ok('fraud', 'saveTip', { id: tip, text: '没有类型的提示：不借钱给网友。' })
    const read = await officer.ok('fraud', 'getContent', { kind: 'tip', id: tip })
    expect(read).not.toHaveProperty('type')
  })

  it('refuses a question whose answer is not one of its options', async () => {
    const answer = await officer.call('fraud', 'saveQuestion', question(9, { options: ['是', '否'], answer: 2 }))
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'answer' })
  })

  it('answers NOT_FOUND when editing or publishing something that does not exist', async () => {
    expect(errorOf(await officer.call('fraud', 'saveArticle', { id: 'nope', ...article() }))?.code).toBe('NOT_FOUND')
    expect(errorOf(await officer.call('fraud', 'publish', { kind: 'case', id: 'nope' }))?.code).toBe('NOT_FOUND')
    expect(errorOf(await officer.call('fraud', 'archive', { kind: 'tip', id: 'nope' }))?.code).toBe('NOT_FOUND')
  })
})
