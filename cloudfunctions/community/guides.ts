import type { ActionInput, ActionOutput } from '../../types'
import type { Guide, GuideSummary } from '../../types/community'
import { db } from '../_shared/cloud'
import { pageByKey } from '../_shared/paging'
import { firstRow } from '../_shared/results'
import type { GuideDoc } from './docs'
import { requireById } from '../_shared/by-id'

const toSummary = (doc: GuideDoc): GuideSummary => ({ id: doc._id, title: doc.title, category: doc.category, purpose: doc.purpose })

function toGuide(doc: GuideDoc): Guide {
  const { _id, order: _order, updatedAt, visitMatter, ...rest } = doc
  return { ...rest, id: _id, ...(visitMatter ? { visitMatter } : {}), updatedAt: new Date(updatedAt).toISOString() }
}

export async function listGuides(input: ActionInput<'community', 'listGuides'>): Promise<ActionOutput<'community', 'listGuides'>> {
  const page = await pageByKey<GuideDoc>({
    collection: 'guides',
    where: input.category ? { category: input.category } : {},
    sortBy: 'order',
    direction: 'asc',
    limit: input.limit,
    cursor: input.cursor,
  })
  return { ...page, items: page.items.map(toSummary) }
}

const requireGuide = (id: string) => requireById<GuideDoc>('guides', id, '没有找到这份办事指南')

export async function getGuide(input: ActionInput<'community', 'getGuide'>): Promise<ActionOutput<'community', 'getGuide'>> {
  return toGuide(await requireGuide(input.id))
}

export async function saveGuide(input: ActionInput<'community', 'saveGuide'>): Promise<ActionOutput<'community', 'saveGuide'>> {
  const { id, visitMatter, ...fields } = input
  if (id) {
    await requireGuide(id)
    await db
      .collection('guides')
      .doc(id)
      .update({ data: { ...fields, visitMatter: visitMatter ?? db.command.remove(), updatedAt: new Date() } })
    return { id }
  }
  const last = await firstRow<GuideDoc>(db.collection('guides').orderBy('order', 'desc').limit(1).get())
  const doc = { ...fields, ...(visitMatter ? { visitMatter } : {}), order: (last?.order ?? 0) + 1, updatedAt: new Date() }
  const added = (await db.collection('guides').add({ data: doc })) as unknown as { _id: string }
  return { id: String(added._id) }
}
