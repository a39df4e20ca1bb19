import type { ActionInput, ActionOutput } from '../../types'
import { FRAUD_TYPE_LABELS, FRAUD_TYPES, type FraudType } from '../../types/fraud'
import { _, db } from '../_shared/cloud'
import { notFound } from '../_shared/errors'
import { type KeysetQuery, pageByKey } from '../_shared/paging'
import { firstRow, updatedCount } from '../_shared/results'
import { type ArticleDoc, type CaseDoc, iso } from './docs'

const PUBLISHED = 'published'

/** Residents see published content only; anything else answers as if it did not exist. */
export async function listTypes(): Promise<ActionOutput<'fraud', 'listTypes'>> {
  const result = (await db
    .collection('fraudArticles')
    .aggregate()
    .match({ status: PUBLISHED })
    .group({ _id: '$type', n: _.aggregate.sum(1) })
    .end()) as { list: { _id: FraudType; n: number }[] }
  const counts = new Map(result.list.map((g) => [g._id, g.n]))
  return { items: FRAUD_TYPES.map((type) => ({ type, label: FRAUD_TYPE_LABELS[type], articles: counts.get(type) ?? 0 })) }
}

/** The two kinds of reading, each in its collection; both are published and viewed the same way. */
type ReadingCollection = 'fraudArticles' | 'fraudCases'

/** A page of one kind of reading, published only, newest first, of one type or of all. */
function pagePublished<T extends { _id: string }>(
  collection: ReadingCollection,
  { type, ...page }: { type?: FraudType } & Pick<KeysetQuery, 'limit' | 'cursor'>,
) {
  return pageByKey<T>({ collection, where: { status: PUBLISHED, ...(type ? { type } : {}) }, sortBy: 'publishedAt', direction: 'desc', ...page })
}

/** Counts the view first: the count is the condition that the article or case is published. */
async function openPublished<T>(collection: ReadingCollection, id: string, missing: string): Promise<T> {
  const where = { _id: id, status: PUBLISHED }
  const counted = await updatedCount(
    db
      .collection(collection)
      .where(where)
      .update({ data: { views: _.inc(1) } }),
  )
  const doc = counted ? await firstRow<T>(db.collection(collection).where(where).limit(1).get()) : undefined
  if (!doc) throw notFound(missing)
  return doc
}

export async function listArticles(input: ActionInput<'fraud', 'listArticles'>): Promise<ActionOutput<'fraud', 'listArticles'>> {
  const result = await pagePublished<ArticleDoc>('fraudArticles', input)
  return { ...result, items: result.items.map(articleSummary) }
}

/** What every article and case shows first, in a list and opened. */
const readingHead = (doc: ArticleDoc | CaseDoc) => ({ id: doc._id, type: doc.type, title: doc.title, publishedAt: iso(doc.publishedAt)! })

const articleSummary = (a: ArticleDoc) => ({ ...readingHead(a), summary: a.summary, views: a.views ?? 0 })

export async function getArticle(input: ActionInput<'fraud', 'getArticle'>): Promise<ActionOutput<'fraud', 'getArticle'>> {
  const doc = await openPublished<ArticleDoc>('fraudArticles', input.id, '没有找到这篇文章，它可能已经下架')
  return { ...articleSummary(doc), body: doc.body }
}

const EXCERPT_LENGTH = 60

export async function listCases(input: ActionInput<'fraud', 'listCases'>): Promise<ActionOutput<'fraud', 'listCases'>> {
  const result = await pagePublished<CaseDoc>('fraudCases', input)
  return {
    ...result,
    items: result.items.map((c) => ({
      ...readingHead(c),
      excerpt: c.story.length > EXCERPT_LENGTH ? `${c.story.slice(0, EXCERPT_LENGTH)}…` : c.story,
    })),
  }
}

export async function getCase(input: ActionInput<'fraud', 'getCase'>): Promise<ActionOutput<'fraud', 'getCase'>> {
  const c = await openPublished<CaseDoc>('fraudCases', input.id, '没有找到这个案例，它可能已经下架')
  return { ...readingHead(c), story: c.story, mistake: c.mistake, lesson: c.lesson, views: c.views ?? 0 }
}
