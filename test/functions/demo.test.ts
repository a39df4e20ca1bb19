import { chinaDate } from '../../cloudfunctions/_shared/china-time'
import { DEMO_OFFICER_OPENID } from '../../local/demo/people'
import { first } from '../list-items'
import { newUser, startTestCloud, type TestCloud } from './harness'

/** What `npm start`'s demo data must hold for its pages to show what they are for, and to be believable. */
let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ demo: true })
})
afterAll(() => t.close())

describe('the demo scan history', () => {
  it('fills every statistics window and names the plate nobody scanned', async () => {
    const officer = t.as(DEMO_OFFICER_OPENID)
    const month = await officer.ok('plates', 'stats', { days: 30 })
    expect(month.perDay).toHaveLength(30)
    expect(month.perDay.filter((d) => d.scans > 0).length).toBeGreaterThanOrEqual(29)
    expect(month.perPlate.length).toBeGreaterThanOrEqual(8)
    expect(month.stale.map((p) => p.label)).toEqual(['白塔山公园北门'])
    // The retired plates stopped being scanned before the last month, but not before the last 90 days.
    const quarter = await officer.ok('plates', 'stats', { days: 90 })
    expect(quarter.perPlate.length).toBeGreaterThan(month.perPlate.length)

    const plate = month.perPlate[0]!
    const { items } = await officer.ok('plates', 'list', { limit: 50 })
    const counted = items.find((p) => p.code === plate.code)
    const ninety = quarter.perPlate.find((p) => p.code === plate.code)!
    expect(counted?.scans).toBeGreaterThanOrEqual(ninety.scans)
  })
})

describe('the demo tickets', () => {
  it('are numbered as the cloud numbers them, by the China day each was sent', () => {
    const snapshot = t.cloud.db.snapshot()
    const tickets = [...(snapshot.reports as Record<string, unknown>[]), ...(snapshot.mediations as Record<string, unknown>[])]
    expect(tickets.length).toBeGreaterThanOrEqual(6)
    for (const ticket of tickets) {
      const day = chinaDate(ticket.createdAt as Date).replace(/-/g, '')
      expect(ticket._id).toMatch(new RegExp(`^(JB|TJ)${day}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$`))
    }
  })
})

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
