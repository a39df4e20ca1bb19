/**
 * The shape of the demo content until types/fraud.ts defines it. Drafts: no ids, no status; the demo
 * loader stores them as published documents.
 */
export const FRAUD_TYPE_KEYS = [
  'rebate',
  'investment',
  'loan',
  'customerService',
  'police',
  'romance',
  'shopping',
  'gaming',
  'boss',
  'credit',
] as const

export type FraudTypeKey = (typeof FRAUD_TYPE_KEYS)[number]

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'signs'; items: string[] }
  | { kind: 'steps'; items: string[] }
  | { kind: 'image'; url: string; alt: string }

export interface ArticleDraft {
  type: FraudTypeKey
  title: string
  summary: string
  body: Block[]
}

export interface CaseDraft {
  type: FraudTypeKey
  title: string
  /** What happened. */
  story: string
  /** Where it went wrong. */
  mistake: string
  lesson: string
}

export interface QuestionDraft {
  type: FraudTypeKey
  stem: string
  options: string[]
  /** Index into `options`. */
  answer: number
  explanation: string
}

export interface TipDraft {
  text: string
  type?: FraudTypeKey
}
