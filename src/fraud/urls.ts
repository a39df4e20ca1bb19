import type { FraudType } from '../../types/fraud'
import { pageUrl } from '../../types/routes'

/** The 反诈 pages residents open (subpackage `fraud`, folder fraud-pages/), built on the route table. */
export const fraudUrls = {
  tab: pageUrl('pages/fraud/index'),
  list: (type?: FraudType) => pageUrl('fraud-pages/list/index', { type }),
  article: (id: string) => pageUrl('fraud-pages/article/index', { id }),
  case: (id: string) => pageUrl('fraud-pages/case/index', { id }),
  quiz: (type?: FraudType) => pageUrl('fraud-pages/quiz/index', { type }),
  result: (quizId: string) => pageUrl('fraud-pages/result/index', { quizId }),
  mistakes: pageUrl('fraud-pages/mistakes/index'),
} as const
