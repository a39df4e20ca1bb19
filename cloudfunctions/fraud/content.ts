import type { ActionInput, ActionOutput } from '../../types'
import type { ContentKind } from '../../types/fraud'
import { _, db } from '../_shared/cloud'
import { AppError, forbidden, notFound } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { checkText, quoteWords } from '../_shared/openapi/content-check'
import { pageByKey } from '../_shared/paging'
import { addedId, firstRow } from '../_shared/results'
import { type ArticleDoc, type CaseDoc, COLLECTIONS, type ContentMeta, iso, type QuestionDoc, type TipDoc } from './docs'

type AnyContentDoc = ArticleDoc | CaseDoc | QuestionDoc | TipDoc

const NOT_FOUND_MESSAGE: Record<ContentKind, string> = {
  article: '没有找到这篇文章',
  case: '没有找到这个案例',
  question: '没有找到这道题',
  tip: '没有找到这条提示',
}

export async function findContent<D extends AnyContentDoc>(kind: ContentKind, id: string): Promise<D | undefined> {
  return firstRow<D>(db.collection(COLLECTIONS[kind]).where({ _id: id }).limit(1).get())
}

async function requireContent<D extends AnyContentDoc>(kind: ContentKind, id: string): Promise<D> {
  const doc = await findContent<D>(kind, id)
  if (!doc) throw notFound(NOT_FOUND_MESSAGE[kind])
  return doc
}

/**
 * Content belongs to whoever published it: an officer changes (edits, publishes, archives) only their
 * own station's items; district content, with no station, only admins. Refused as FORBIDDEN (the
 * router audits it); reading stays open to all staff.
 */
function requireOwner(caller: Caller, doc: ContentMeta): void {
  if (caller.role === 'admin') return
  if (doc.stationId === undefined) throw forbidden('这是全区的内容，只有管理员可以修改')
  if (caller.role !== 'officer' || !caller.stationId || caller.stationId !== doc.stationId) throw forbidden('只能修改本所发布的内容')
}

/** The owner of an item a caller creates: an officer's station, or the district for an admin. */
function ownerOf(caller: Caller): { stationId?: string } {
  if (caller.role === 'admin') return {}
  if (!caller.stationId) throw forbidden('您的账号还没有绑定派出所')
  return { stationId: caller.stationId }
}

/**
 * Creates, or replaces the text of, one item; either way it is a draft afterwards, so an edit of a
 * published item leaves residents' view until it is published (and checked) again.
 */
async function save(kind: ContentKind, id: string | undefined, fields: Record<string, unknown>, caller: Caller): Promise<{ id: string }> {
  const collection = db.collection(COLLECTIONS[kind])
  if (!id) {
    const now = new Date()
    const extra = kind === 'article' || kind === 'case' ? { views: 0 } : {}
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
    const doc = {
      ...defined,
      ...extra,
      ...ownerOf(caller),
      status: 'draft',
      createdAt: now,
      updatedAt: now,
      createdBy: caller.openid,
      updatedBy: caller.openid,
    }
    return { id: await addedId(collection.add({ data: doc })) }
  }
  requireOwner(caller, await requireContent(kind, id))
  // Arrays and nested values are replaced whole (`_.set`), not merged into what was there.
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    data[key] = value === undefined ? _.remove() : typeof value === 'object' && value !== null ? _.set(value) : value
  }
  await collection.doc(id).update({ data: { ...data, status: 'draft', updatedAt: db.serverDate(), updatedBy: caller.openid } })
  return { id }
}

export const saveArticle = ({ id, ...fields }: ActionInput<'fraud', 'saveArticle'>, caller: Caller) => save('article', id, fields, caller)
export const saveCase = ({ id, ...fields }: ActionInput<'fraud', 'saveCase'>, caller: Caller) => save('case', id, fields, caller)
export const saveQuestion = ({ id, ...fields }: ActionInput<'fraud', 'saveQuestion'>, caller: Caller) => save('question', id, fields, caller)
export const saveTip = ({ id, text, type }: ActionInput<'fraud', 'saveTip'>, caller: Caller) => save('tip', id, { text, type }, caller)

/** The texts of an item that residents will read, each with the name of its field. */
export function textsOf(kind: ContentKind, doc: AnyContentDoc): { field: string; text: string }[] {
  switch (kind) {
    case 'article': {
      const a = doc as ArticleDoc
      const texts = [
        { field: 'title', text: a.title },
        { field: 'summary', text: a.summary },
      ]
      a.body.forEach((block, i) => {
        if (block.kind === 'paragraph') texts.push({ field: `body.${i}.text`, text: block.text })
        if (block.kind === 'signs' || block.kind === 'steps') block.items.forEach((item, j) => texts.push({ field: `body.${i}.items.${j}`, text: item }))
        if (block.kind === 'image') texts.push({ field: `body.${i}.alt`, text: block.alt })
      })
      return texts
    }
    case 'case': {
      const c = doc as CaseDoc
      return [
        { field: 'title', text: c.title },
        { field: 'story', text: c.story },
        { field: 'mistake', text: c.mistake },
        { field: 'lesson', text: c.lesson },
      ]
    }
    case 'question': {
      const q = doc as QuestionDoc
      return [{ field: 'stem', text: q.stem }, ...q.options.map((text, i) => ({ field: `options.${i}`, text })), { field: 'explanation', text: q.explanation }]
    }
    case 'tip':
      return [{ field: 'text', text: (doc as TipDoc).text }]
  }
}

const FIELD_NAMES: Record<string, string> = {
  title: '标题',
  summary: '摘要',
  body: '正文',
  story: '经过',
  mistake: '错在哪里',
  lesson: '教训',
  stem: '题目',
  options: '选项',
  explanation: '解析',
  text: '内容',
}

type FieldText = { field: string; text: string }

/** msgSecCheck takes at most 2500 characters a call. */
const CHECK_LIMIT = 2500

/**
 * Checks every text of an item, few calls for a clean item: fields are joined into chunks under the
 * limit, and only a rejected chunk is checked field by field to name the field at fault.
 */
async function checkContent(texts: FieldText[], openid: string): Promise<void> {
  // Each chunk holds at least one text: a text over the limit alone is a chunk of its own.
  const chunks: [FieldText, ...FieldText[]][] = []
  let size = 0
  for (const t of texts) {
    const open = chunks.at(-1)
    if (!open || size + t.text.length + 1 > CHECK_LIMIT) {
      chunks.push([t])
      size = 0
    } else open.push(t)
    size += t.text.length + 1
  }
  for (const chunk of chunks) {
    const whole = await checkText(chunk.map((t) => t.text).join('\n'), openid, 1)
    if (whole.pass) continue
    for (const t of chunk) {
      const check = await checkText(t.text, openid, 1)
      if (!check.pass) {
        const [topField = t.field] = t.field.split('.')
        const name = FIELD_NAMES[topField] ?? t.field
        const words = quoteWords(check.words)
        throw new AppError('CONTENT_REJECTED', `${name}含有${words || '不适合发布的内容'}，请修改后再发布`, { field: t.field })
      }
    }
    // The chunk failed as a whole but no field alone: name the first so the editor has somewhere to look.
    const words = quoteWords(whole.words)
    throw new AppError('CONTENT_REJECTED', `内容未通过安全检查${words ? `：含有${words}` : ''}，请修改后再发布`, { field: chunk[0].field })
  }
}

export async function publish(input: ActionInput<'fraud', 'publish'>, caller: Caller): Promise<ActionOutput<'fraud', 'publish'>> {
  const doc = await requireContent(input.kind, input.id)
  requireOwner(caller, doc)
  await checkContent(textsOf(input.kind, doc), caller.openid)
  await db
    .collection(COLLECTIONS[input.kind])
    .doc(input.id)
    .update({ data: { status: 'published', publishedAt: db.serverDate(), updatedAt: db.serverDate(), updatedBy: caller.openid } })
  return { id: input.id, status: 'published' }
}

export async function archive(input: ActionInput<'fraud', 'archive'>, caller: Caller): Promise<ActionOutput<'fraud', 'archive'>> {
  requireOwner(caller, await requireContent(input.kind, input.id))
  await db
    .collection(COLLECTIONS[input.kind])
    .doc(input.id)
    .update({ data: { status: 'archived', updatedAt: db.serverDate(), updatedBy: caller.openid } })
  return { id: input.id, status: 'archived' }
}

function titleOf(kind: ContentKind, doc: AnyContentDoc): string {
  if (kind === 'question') return (doc as QuestionDoc).stem
  if (kind === 'tip') return (doc as TipDoc).text
  return (doc as ArticleDoc | CaseDoc).title
}

const metaOf = (doc: ContentMeta) => ({
  id: doc._id,
  ...(doc.stationId ? { stationId: doc.stationId } : {}),
  status: doc.status,
  updatedAt: iso(doc.updatedAt)!,
  ...(doc.publishedAt ? { publishedAt: iso(doc.publishedAt) } : {}),
})

export async function listContent(input: ActionInput<'fraud', 'listContent'>): Promise<ActionOutput<'fraud', 'listContent'>> {
  const { kind, status, type, ...page } = input
  const where = { ...(status ? { status } : {}), ...(type ? { type } : {}) }
  const result = await pageByKey<AnyContentDoc>({ collection: COLLECTIONS[kind], where, sortBy: 'updatedAt', direction: 'desc', ...page })
  return {
    ...result,
    items: result.items.map((doc) => ({
      ...metaOf(doc),
      kind,
      title: titleOf(kind, doc),
      ...('type' in doc && doc.type ? { type: doc.type } : {}),
    })),
  }
}

export async function getContent(input: ActionInput<'fraud', 'getContent'>): Promise<ActionOutput<'fraud', 'getContent'>> {
  const doc = await requireContent(input.kind, input.id)
  const meta = metaOf(doc)
  switch (input.kind) {
    case 'article': {
      const { type, title, summary, body } = doc as ArticleDoc
      return { kind: 'article', ...meta, type, title, summary, body }
    }
    case 'case': {
      const { type, title, story, mistake, lesson } = doc as CaseDoc
      return { kind: 'case', ...meta, type, title, story, mistake, lesson }
    }
    case 'question': {
      const { type, stem, options, answer, explanation } = doc as QuestionDoc
      return { kind: 'question', ...meta, type, stem, options, answer, explanation }
    }
    case 'tip': {
      const { text, type } = doc as TipDoc
      return { kind: 'tip', ...meta, text, ...(type ? { type } : {}) }
    }
  }
}
