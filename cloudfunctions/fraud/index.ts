import { fraud } from '../../types/fraud'
import { createFunction, withCaller, withOpenid } from '../_shared/router'
import { archive, getContent, listContent, publish, saveArticle, saveCase, saveQuestion, saveTip } from './content'
import { checkAnswer, myQuizHistory, quizResult, resolveMistake, reviewMistakes, startQuiz, submitQuiz } from './quiz'
import { getArticle, getCase, listArticles, listCases, listTypes } from './reading'
import { dailyTip } from './tips'

/** 反诈：articles, cases, quizzes and daily tips for residents; drafts, checks and publishing for staff. */
export const main = createFunction('fraud', fraud, {
  listTypes: () => listTypes(),
  listArticles,
  getArticle,
  listCases,
  getCase,
  dailyTip,
  ...withOpenid({ startQuiz, checkAnswer, submitQuiz, quizResult, reviewMistakes, resolveMistake, myQuizHistory }),
  ...withCaller({ saveArticle, saveCase, saveQuestion, saveTip, publish, archive }),
  listContent,
  getContent,
})
