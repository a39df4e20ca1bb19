import type { FraudType } from '../../types/fraud'
import { pageUrl } from '../../types/page-url'

/** The 反诈 pages residents open (subpackage `fraud`), built on the route table. */
export const fraudUrls = {
  tab: pageUrl('pages/fraud/index'),
  list: (type?: FraudType) => pageUrl('fraud/list/index', { type }),
  article: (id: string) => pageUrl('fraud/article/index', { id }),
  case: (id: string) => pageUrl('fraud/case/index', { id }),
  quiz: (type?: FraudType) => pageUrl('fraud/quiz/index', { type }),
  result: (quizId: string) => pageUrl('fraud/result/index', { quizId }),
  mistakes: pageUrl('fraud/mistakes/index'),
} as const
