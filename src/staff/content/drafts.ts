import type { ArticleBlock, ContentItem } from '@/types/fraud'
import type { ContentKind, FraudType } from '@/types/fraud-words'

/**
 * What the editors hold while someone types: close to the save inputs, except that a list block is
 * one text with an item per line, as it is easiest to write on a phone.
 */
export type BlockDraft = { kind: 'paragraph'; text: string } | { kind: 'signs' | 'steps'; lines: string } | { kind: 'image'; url: string; alt: string }

export interface ArticleForm {
  kind: 'article'
  type: FraudType
  title: string
  summary: string
  body: BlockDraft[]
}
export interface CaseForm {
  kind: 'case'
  type: FraudType
  title: string
  story: string
  mistake: string
  lesson: string
}
export interface QuestionForm {
  kind: 'question'
  type: FraudType
  stem: string
  options: string[]
  answer: number
  explanation: string
}
export interface TipForm {
  kind: 'tip'
  type?: FraudType
  text: string
}
export type ContentForm = ArticleForm | CaseForm | QuestionForm | TipForm

export function blankForm(kind: ContentKind): ContentForm {
  switch (kind) {
    case 'article':
      return {
        kind,
        type: 'rebate',
        title: '',
        summary: '',
        body: [
          { kind: 'paragraph', text: '' },
          { kind: 'signs', lines: '' },
          { kind: 'steps', lines: '' },
        ],
      }
    case 'case':
      return { kind, type: 'rebate', title: '', story: '', mistake: '', lesson: '' }
    case 'question':
      return { kind, type: 'rebate', stem: '', options: ['', ''], answer: 0, explanation: '' }
    case 'tip':
      return { kind, text: '' }
  }
}

export function formOf(item: ContentItem): ContentForm {
  switch (item.kind) {
    case 'article':
      return {
        kind: 'article',
        type: item.type,
        title: item.title,
        summary: item.summary,
        body: item.body.map((b): BlockDraft => (b.kind === 'signs' || b.kind === 'steps' ? { kind: b.kind, lines: b.items.join('\n') } : b)),
      }
    case 'case':
      return { kind: 'case', type: item.type, title: item.title, story: item.story, mistake: item.mistake, lesson: item.lesson }
    case 'question':
      return { kind: 'question', type: item.type, stem: item.stem, options: item.options, answer: item.answer, explanation: item.explanation }
    case 'tip':
      return { kind: 'tip', text: item.text, ...(item.type ? { type: item.type } : {}) }
  }
}

export function blockOf(draft: BlockDraft): ArticleBlock {
  switch (draft.kind) {
    case 'signs':
    case 'steps':
      return {
        kind: draft.kind,
        items: draft.lines
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }
    case 'paragraph':
      return { kind: 'paragraph', text: draft.text }
    case 'image':
      return { kind: 'image', url: draft.url, alt: draft.alt }
  }
}

/** The save inputs of the forms, without their ids. */
export const articleInput = (f: ArticleForm) => ({ type: f.type, title: f.title, summary: f.summary, body: f.body.map(blockOf) })
export const caseInput = (f: CaseForm) => ({ type: f.type, title: f.title, story: f.story, mistake: f.mistake, lesson: f.lesson })
export const questionInput = (f: QuestionForm) => ({ type: f.type, stem: f.stem, options: f.options, answer: f.answer, explanation: f.explanation })
export const tipInput = (f: TipForm) => ({ text: f.text, ...(f.type ? { type: f.type } : {}) })

const FIELD_NAMES: Record<string, string> = {
  type: '诈骗类型',
  title: '标题',
  summary: '摘要',
  body: '正文',
  story: '事情经过',
  mistake: '错在哪里',
  lesson: '记住这一条',
  stem: '题目',
  options: '选项',
  answer: '正确答案',
  explanation: '解析',
  text: '提示内容',
}

/** Where a field path such as `body.2.items.0` is, in words: 正文第 3 段. */
export function describeField(path: string): string {
  const [head = '', index, sub, subIndex] = path.split('.')
  const name = FIELD_NAMES[head] ?? head
  if (head === 'body' && index !== undefined)
    return `${name}第 ${Number(index) + 1} 段${sub === 'items' && subIndex !== undefined ? `第 ${Number(subIndex) + 1} 条` : ''}`
  if (head === 'options' && index !== undefined) return `选项 ${'ABCD'[Number(index)] ?? Number(index) + 1}`
  return name
}

/**
 * What is missing before a save, in words; the function checks the rest (lengths, counts) and names
 * the field it refuses, which `describeField` turns into words.
 */
export function formProblem(form: ContentForm): string | null {
  const blank = (s: string) => s.trim().length === 0
  switch (form.kind) {
    case 'article':
      if (blank(form.title)) return '请填写标题'
      if (blank(form.summary)) return '请填写摘要'
      if (form.body.length === 0) return '正文至少要有一段'
      return null
    case 'case':
      if (blank(form.title)) return '请填写标题'
      if (blank(form.story)) return '请填写事情经过'
      if (blank(form.mistake)) return '请填写错在哪里'
      if (blank(form.lesson)) return '请填写记住这一条'
      return null
    case 'question':
      if (blank(form.stem)) return '请填写题目'
      if (form.options.some(blank)) return '每个选项都要填写'
      if (blank(form.explanation)) return '请填写解析'
      return null
    case 'tip':
      return blank(form.text) ? '请填写提示内容' : null
  }
}
