import { newUser, startTestCloud, type TestCloud } from './harness'
import { first } from '../list-items'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ demo: true })
})
afterAll(() => t.close())

describe('the demo 反诈 content', () => {
  it('is published and readable by residents', async () => {
    const types = (await t.anonymous.ok('fraud', 'listTypes', {})).items
    expect(types.filter((x) => x.articles > 0).length).toBeGreaterThanOrEqual(8)
    const latest = await t.anonymous.ok('fraud', 'listArticles', { limit: 3 })
    expect(first(latest.items).id).toBe('article-01')
    expect((await t.anonymous.ok('fraud', 'getArticle', { id: 'article-01' })).body.length).toBeGreaterThan(0)
    expect((await t.anonymous.ok('fraud', 'getCase', { id: 'case-01' })).lesson.length).toBeGreaterThan(0)
    expect((await t.anonymous.ok('fraud', 'dailyTip', {})).tip).not.toBeNull()
  })

  it('holds enough questions for the longest quiz', async () => {
    const me = t.as(newUser())
    const { quizId, questions } = await me.ok('fraud', 'startQuiz', { count: 20 })
    expect(questions).toHaveLength(20)
    const result = await me.ok('fraud', 'submitQuiz', { quizId, answers: questions.map((q) => ({ questionId: q.id, choice: 0 })) })
    expect(result.results.every((r) => r.explanation.length > 0)).toBe(true)
  })
})
