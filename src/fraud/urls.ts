import type { FraudType } from '../../types/fraud'

/** The 反诈 pages residents open (subpackage `fraud`, folder fraud-pages/), in one place. */
const q = encodeURIComponent

export const fraudUrls = {
  tab: '/pages/fraud/index',
  list: (type?: FraudType) => (type ? `/fraud-pages/list/index?type=${q(type)}` : '/fraud-pages/list/index'),
  article: (id: string) => `/fraud-pages/article/index?id=${q(id)}`,
  case: (id: string) => `/fraud-pages/case/index?id=${q(id)}`,
  quiz: (type?: FraudType) => (type ? `/fraud-pages/quiz/index?type=${q(type)}` : '/fraud-pages/quiz/index'),
  result: (quizId: string) => `/fraud-pages/result/index?quizId=${q(quizId)}`,
  mistakes: '/fraud-pages/mistakes/index',
} as const
