import type { ArticleBlock, ContentStatus, FraudType } from '../../types/fraud'

/** What every piece of content carries besides its text. */
export interface ContentMeta {
  _id: string
  status: ContentStatus
  createdAt: Date
  updatedAt: Date
  /** Set each time it is published; lists are ordered by it. */
  publishedAt?: Date
  createdBy: string
  updatedBy: string
  /**
   * Whose content it is: the station of the officer who wrote it. Absent for district content (written
   * by an admin, or seeded), which only admins change.
   */
  stationId?: string
}

export interface ArticleDoc extends ContentMeta {
  type: FraudType
  title: string
  summary: string
  body: ArticleBlock[]
  views: number
}

export interface CaseDoc extends ContentMeta {
  type: FraudType
  title: string
  story: string
  mistake: string
  lesson: string
  views: number
}

export interface QuestionDoc extends ContentMeta {
  type: FraudType
  stem: string
  options: string[]
  answer: number
  explanation: string
}

export interface TipDoc extends ContentMeta {
  text: string
  type?: FraudType
}

/** The tip chosen for a China day, kept so that everyone sees the same one all day. `_id` is the day. */
export interface TipDayDoc {
  _id: string
  tipId: string
  chosenAt: Date
}

/** A quiz as handed out: which questions, to whom; answered once. */
export interface QuizDoc {
  _id: string
  openid: string
  type?: FraudType
  questionIds: string[]
  status: 'open' | 'submitted'
  startedAt: Date
  submittedAt?: Date
  score?: number
  /** Choices made one by one with checkAnswer, by question id: each is final once made. */
  checked?: Record<string, number>
  /** Every choice, as handed in. */
  answers?: { questionId: string; choice: number }[]
}

/** A question someone got wrong and has not answered right since. `_id` hashes the person and the question. */
export interface MistakeDoc {
  _id: string
  openid: string
  questionId: string
  type: FraudType
  choice?: number
  wrongCount: number
  lastWrongAt: Date
}

export const COLLECTIONS = {
  article: 'fraudArticles',
  case: 'fraudCases',
  question: 'fraudQuestions',
  tip: 'fraudTips',
} as const

export const iso = (d: Date | string | undefined) => (d ? new Date(d).toISOString() : undefined)
