import { fraud } from '../../types/fraud'
import { createFunction, signedIn } from '../_shared/router'
import { archive, getContent, listContent, publish, saveArticle, saveCase, saveQuestion, saveTip } from './content'
import { checkAnswer, myQuizHistory, quizResult, resolveMistake, reviewMistakes, startQuiz, submitQuiz } from './quiz'
import { getArticle, getCase, listArticles, listCases, listTypes } from './reading'
import { dailyTip } from './tips'

/** 反诈：articles, cases, quizzes and daily tips for residents; drafts, checks and publishing for staff. */
export const main = createFunction('fraud', fraud, {
  listTypes: () => listTypes(),
  listArticles: (input) => listArticles(input),
  getArticle: (input) => getArticle(input),
  listCases: (input) => listCases(input),
  getCase: (input) => getCase(input),
  dailyTip: (input) => dailyTip(input),
  startQuiz: (input, ctx) => startQuiz(input, signedIn(ctx)),
  checkAnswer: (input, ctx) => checkAnswer(input, signedIn(ctx)),
  submitQuiz: (input, ctx) => submitQuiz(input, signedIn(ctx)),
  quizResult: (input, ctx) => quizResult(input, signedIn(ctx)),
  reviewMistakes: (input, ctx) => reviewMistakes(input, signedIn(ctx)),
  resolveMistake: (input, ctx) => resolveMistake(input, signedIn(ctx)),
  myQuizHistory: (input, ctx) => myQuizHistory(input, signedIn(ctx)),
  saveArticle: async (input, ctx) => saveArticle(input, await ctx.caller()),
  saveCase: async (input, ctx) => saveCase(input, await ctx.caller()),
  saveQuestion: async (input, ctx) => saveQuestion(input, await ctx.caller()),
  saveTip: async (input, ctx) => saveTip(input, await ctx.caller()),
  publish: async (input, ctx) => publish(input, await ctx.caller()),
  archive: async (input, ctx) => archive(input, await ctx.caller()),
  listContent: (input) => listContent(input),
  getContent: (input) => getContent(input),
})
