import { z } from 'zod'
import { defineActions } from './action'
import { calendarDay, empty, id, line, pageInput, pageOf, paragraph } from './common'
import { CONTENT_KINDS, CONTENT_STATUSES, FRAUD_TYPES, QUIZ_MAX, QUIZ_MIN } from './fraud-words'

export * from './fraud-words'

/**
 * 反诈: fraud-awareness articles, cases, quiz questions and daily tips by fraud type. Staff write drafts,
 * publish them through the content check and archive them; residents read published content only.
 */

export const fraudType = z.enum(FRAUD_TYPES, { errorMap: () => ({ message: '诈骗类型不正确' }) })
export const contentKind = z.enum(CONTENT_KINDS, { errorMap: () => ({ message: '内容类别不正确' }) })
export const contentStatus = z.enum(CONTENT_STATUSES, { errorMap: () => ({ message: '状态不正确' }) })

// ---- article body -------------------------------------------------------------------------------

const listItems = z.array(line(1, 200)).min(1, '至少写一条').max(20, '最多 20 条')

/** An image in an article: an https address or a path inside the app. */
const imageUrl = z
  .string()
  .trim()
  .max(500, '图片地址过长')
  .regex(/^(https:\/\/[^\s]+|\/[^\s]*)$/, '图片地址应以 https:// 或 / 开头')

export const articleBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: paragraph(1, 2000) }).strict(),
  /** Tell-tale signs. */
  z.object({ kind: z.literal('signs'), items: listItems }).strict(),
  /** What to do. */
  z.object({ kind: z.literal('steps'), items: listItems }).strict(),
  z.object({ kind: z.literal('image'), url: imageUrl, alt: line(1, 100) }).strict(),
])
export type ArticleBlock = z.infer<typeof articleBlock>

// ---- save inputs (what staff write) -------------------------------------------------------------

const articleFields = {
  type: fraudType,
  title: line(2, 60),
  summary: paragraph(2, 200),
  body: z.array(articleBlock).min(1, '正文不能为空').max(60, '正文最多 60 段'),
}
const caseFields = {
  type: fraudType,
  title: line(2, 60),
  /** What happened. */
  story: paragraph(10, 2500),
  /** Where it went wrong. */
  mistake: paragraph(2, 1000),
  lesson: paragraph(2, 1000),
}
const questionFields = {
  type: fraudType,
  stem: paragraph(4, 300),
  options: z.array(line(1, 100)).min(2, '至少 2 个选项').max(4, '最多 4 个选项'),
  /** Index of the right option. */
  answer: z.number().int().min(0).max(3),
  explanation: paragraph(2, 600),
}
const tipFields = {
  text: paragraph(4, 200),
  type: fraudType.optional(),
}

export const saveArticleInput = z.object({ id: id.optional(), ...articleFields }).strict()
export const saveCaseInput = z.object({ id: id.optional(), ...caseFields }).strict()
export const saveQuestionInput = z
  .object({ id: id.optional(), ...questionFields })
  .strict()
  .refine((q) => q.answer < q.options.length, { message: '正确答案应是其中一个选项', path: ['answer'] })
export const saveTipInput = z.object({ id: id.optional(), ...tipFields }).strict()

/** Content as written, before it has an id: what the demo content and the editors produce. */
export type ArticleDraft = Omit<z.input<typeof saveArticleInput>, 'id'>
export type CaseDraft = Omit<z.input<typeof saveCaseInput>, 'id'>
export type QuestionDraft = Omit<z.input<typeof saveQuestionInput>, 'id'>
export type TipDraft = Omit<z.input<typeof saveTipInput>, 'id'>

// ---- what residents read ------------------------------------------------------------------------

/** What every published article and case has. */
const publishedFields = { id: z.string(), type: fraudType, title: z.string(), publishedAt: z.string() }

export const articleSummary = z.object({ ...publishedFields, summary: z.string(), views: z.number() })
export type ArticleSummary = z.infer<typeof articleSummary>

export const article = articleSummary.extend({ body: z.array(articleBlock) })
export type Article = z.infer<typeof article>

export const caseSummary = z.object({
  ...publishedFields,
  /** The opening of the story. */
  excerpt: z.string(),
})
export type CaseSummary = z.infer<typeof caseSummary>

export const fraudCase = z.object({ ...publishedFields, story: z.string(), mistake: z.string(), lesson: z.string(), views: z.number() })
export type FraudCase = z.infer<typeof fraudCase>

export const tip = z.object({ id: z.string(), text: z.string(), type: fraudType.optional() })
export type Tip = z.infer<typeof tip>

/**
 * A question as a quiz shows it: never with its answer or explanation. Strict, so that in the local
 * cloud (where answers are checked against the contract) a handler leaking any other field fails.
 */
export const quizQuestion = z
  .object({
    id: z.string(),
    type: fraudType,
    stem: z.string(),
    options: z.array(z.string()),
  })
  .strict()
export type QuizQuestion = z.infer<typeof quizQuestion>

export const quizResult = z.object({
  questionId: z.string(),
  stem: z.string(),
  options: z.array(z.string()),
  /** The caller's choice; absent when left unanswered. */
  choice: z.number().optional(),
  answer: z.number(),
  correct: z.boolean(),
  explanation: z.string(),
})
export type QuizResult = z.infer<typeof quizResult>

export const quizOutcome = z.object({ quizId: z.string(), score: z.number(), total: z.number(), results: z.array(quizResult) })
export type QuizOutcome = z.infer<typeof quizOutcome>

export const mistake = z.object({
  questionId: z.string(),
  type: fraudType,
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.number(),
  explanation: z.string(),
  /** The last wrong choice. */
  choice: z.number().optional(),
  wrongCount: z.number(),
  lastWrongAt: z.string(),
})
export type Mistake = z.infer<typeof mistake>

export const quizRecord = z.object({
  quizId: z.string(),
  type: fraudType.optional(),
  total: z.number(),
  startedAt: z.string(),
  /** Absent until submitted. */
  score: z.number().optional(),
  submittedAt: z.string().optional(),
})
export type QuizRecord = z.infer<typeof quizRecord>

// ---- what staff read ----------------------------------------------------------------------------

export const contentRow = z.object({
  id: z.string(),
  /** The station whose officers may change it; absent for district content, which only admins change. */
  stationId: z.string().optional(),
  kind: contentKind,
  status: contentStatus,
  type: fraudType.optional(),
  /** The title, the question's stem or the tip's text. */
  title: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().optional(),
})
export type ContentRow = z.infer<typeof contentRow>

const contentMeta = { id: z.string(), stationId: z.string().optional(), status: contentStatus, updatedAt: z.string(), publishedAt: z.string().optional() }

export const contentItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), ...contentMeta, ...articleFields, body: z.array(articleBlock) }),
  z.object({ kind: z.literal('case'), ...contentMeta, type: fraudType, title: z.string(), story: z.string(), mistake: z.string(), lesson: z.string() }),
  z.object({
    kind: z.literal('question'),
    ...contentMeta,
    type: fraudType,
    stem: z.string(),
    options: z.array(z.string()),
    answer: z.number(),
    explanation: z.string(),
  }),
  z.object({ kind: z.literal('tip'), ...contentMeta, text: z.string(), type: fraudType.optional() }),
])
export type ContentItem = z.infer<typeof contentItem>

const contentRef = z.object({ kind: contentKind, id }).strict()
const saved = z.object({ id: z.string() })

export const fraud = defineActions({
  listTypes: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Every fraud type with its label and how many published articles it has',
    input: empty,
    output: z.object({ items: z.array(z.object({ type: fraudType, label: z.string(), articles: z.number() })) }),
  },
  listArticles: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Published articles, newest first, optionally of one type',
    input: z.object({ type: fraudType.optional(), ...pageInput }).strict(),
    output: pageOf(articleSummary),
  },
  getArticle: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'One published article; counts a view. Drafts and archived ones are NOT_FOUND',
    input: z.object({ id }).strict(),
    output: article,
  },
  listCases: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Published cases, newest first, optionally of one type',
    input: z.object({ type: fraudType.optional(), ...pageInput }).strict(),
    output: pageOf(caseSummary),
  },
  getCase: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'One published case; counts a view. Drafts and archived ones are NOT_FOUND',
    input: z.object({ id }).strict(),
    output: fraudCase,
  },
  dailyTip: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'The tip of a China calendar day (today by default): the same for everyone that day',
    input: z.object({ date: calendarDay.optional() }).strict(),
    output: z.object({ date: z.string(), tip: tip.nullable() }),
  },
  startQuiz: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: 'A new quiz of `count` published questions, without their answers or explanations',
    input: z
      .object({ count: z.number().int().min(QUIZ_MIN, `至少 ${QUIZ_MIN} 题`).max(QUIZ_MAX, `最多 ${QUIZ_MAX} 题`).optional(), type: fraudType.optional() })
      .strict(),
    output: z.object({ quizId: z.string(), questions: z.array(quizQuestion) }).strict(),
  },
  checkAnswer: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: 'Answer one question of an open quiz, once: its right answer and explanation, shown right away',
    input: z.object({ quizId: id, questionId: id, choice: z.number().int().min(0).max(3) }).strict(),
    output: z.object({ correct: z.boolean(), answer: z.number(), explanation: z.string() }),
  },
  submitQuiz: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: 'Hand in a quiz, once: the score and, per question, the right answer and its explanation. Answers already given with checkAnswer stand',
    input: z
      .object({
        quizId: id,
        answers: z.array(z.object({ questionId: id, choice: z.number().int().min(0).max(3) }).strict()).max(QUIZ_MAX, `最多 ${QUIZ_MAX} 题`),
      })
      .strict(),
    output: quizOutcome,
  },
  quizResult: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: "A submitted quiz of the caller's, as submitQuiz answered it",
    input: z.object({ quizId: id }).strict(),
    output: quizOutcome,
  },
  reviewMistakes: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: 'The questions the caller got wrong and has not answered right since, most recent first',
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(mistake),
  },
  resolveMistake: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: 'Retry a question from the mistakes: a right choice removes it from the list',
    input: z.object({ questionId: id, choice: z.number().int().min(0).max(3) }).strict(),
    output: z.object({ correct: z.boolean(), answer: z.number(), explanation: z.string() }),
  },
  myQuizHistory: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: "The caller's quizzes, newest first",
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(quizRecord),
  },

  saveArticle: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Create an article, or edit one when `id` is given; saved as a draft',
    input: saveArticleInput,
    output: saved,
  },
  saveCase: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Create a case, or edit one when `id` is given; saved as a draft',
    input: saveCaseInput,
    output: saved,
  },
  saveQuestion: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Create a quiz question, or edit one when `id` is given; saved as a draft',
    input: saveQuestionInput,
    output: saved,
  },
  saveTip: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Create a daily tip, or edit one when `id` is given; saved as a draft',
    input: saveTipInput,
    output: saved,
  },
  publish: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Publish a draft or archived item after the content check (CONTENT_REJECTED names the field)',
    input: contentRef,
    output: z.object({ id: z.string(), status: z.literal('published') }),
  },
  archive: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Take an item down: residents no longer see it',
    input: contentRef,
    output: z.object({ id: z.string(), status: z.literal('archived') }),
  },
  listContent: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Content of one kind in every status (or one), most recently updated first',
    input: z.object({ kind: contentKind, status: contentStatus.optional(), type: fraudType.optional(), ...pageInput }).strict(),
    output: pageOf(contentRow),
  },
  getContent: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'One item of any status, as the editor shows it',
    input: contentRef,
    output: contentItem,
  },
})
