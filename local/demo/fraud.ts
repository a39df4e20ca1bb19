import { saveArticleInput, saveCaseInput, saveQuestionInput, saveTipInput } from '../../types/fraud'
import type { LocalDatabase } from '../db'
import { articles, cases, questions, tips } from './fraud-content'
import { DEMO_ADMIN_OPENID } from './people'

const MINUTE_MS = 60_000

/**
 * The demo's 反诈 content, all published. Each item goes through the schema staff saves go through, so
 * demo content can never be something the console could not have written. Ids are fixed (`article-01`
 * …) so links to demo pages survive a restart; the first item of each list is the newest.
 */
export async function loadFraudDemo(db: LocalDatabase) {
  const now = Date.now()
  const meta = (i: number) => {
    const at = new Date(now - i * MINUTE_MS)
    return { status: 'published', createdAt: at, updatedAt: at, publishedAt: at, createdBy: DEMO_ADMIN_OPENID, updatedBy: DEMO_ADMIN_OPENID }
  }
  const id = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(2, '0')}`

  await db.insertMany(
    'fraudArticles',
    articles.map((a, i) => ({ _id: id('article', i), ...saveArticleInput.parse(a), views: 0, ...meta(i) })),
  )
  await db.insertMany(
    'fraudCases',
    cases.map((c, i) => ({ _id: id('case', i), ...saveCaseInput.parse(c), views: 0, ...meta(i) })),
  )
  await db.insertMany(
    'fraudQuestions',
    questions.map((q, i) => ({ _id: id('question', i), ...saveQuestionInput.parse(q), ...meta(i) })),
  )
  await db.insertMany(
    'fraudTips',
    tips.map((t, i) => ({ _id: id('tip', i), ...saveTipInput.parse(t), ...meta(i) })),
  )
}
