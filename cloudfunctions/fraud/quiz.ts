import { createHash, randomInt } from 'node:crypto'
import type { ActionInput, ActionOutput } from '../../types'
import { QUIZ_DEFAULT } from '../../types/fraud'
import { _, db } from '../_shared/cloud'
import { conflict, invalid, notFound } from '../_shared/errors'
import { pageByKey } from '../_shared/paging'
import { addedId, firstRow, rows, updatedCount } from '../_shared/results'
import { iso, type MistakeDoc, type QuestionDoc, type QuizDoc } from './docs'

/** A random sample of `count`, in random order: each pick drawn uniformly from those not yet picked. */
function sample<T>(items: T[], count: number): T[] {
  const left = items.slice()
  const picked: T[] = []
  while (picked.length < count && left.length > 0) picked.push(...left.splice(randomInt(left.length), 1))
  return picked
}

async function questionsByIds(ids: string[]): Promise<Map<string, QuestionDoc>> {
  if (ids.length === 0) return new Map()
  const docs = await rows<QuestionDoc>(
    db
      .collection('fraudQuestions')
      .where({ _id: _.in(ids) })
      .limit(ids.length)
      .get(),
  )
  return new Map(docs.map((q) => [q._id, q]))
}

/**
 * Hands out a quiz. The answers stay on the server: the questions are copied field by field into the
 * answer, never spread, so neither `answer` nor `explanation` can ride along.
 */
export async function startQuiz(input: ActionInput<'fraud', 'startQuiz'>, openid: string): Promise<ActionOutput<'fraud', 'startQuiz'>> {
  const count = input.count ?? QUIZ_DEFAULT
  const where = { status: 'published', ...(input.type ? { type: input.type } : {}) }
  const pool = await rows<Pick<QuestionDoc, '_id'>>(db.collection('fraudQuestions').where(where).field({ _id: true }).limit(1000).get())
  if (pool.length === 0) throw notFound('这一类暂时还没有题目，换一类试试')
  const chosen = sample(pool, count).map((q) => q._id)
  const byId = await questionsByIds(chosen)
  const questions = chosen.flatMap((id) => {
    const q = byId.get(id)
    return q ? [{ id: q._id, type: q.type, stem: q.stem, options: q.options }] : []
  })
  const quiz: Omit<QuizDoc, '_id'> = {
    openid,
    ...(input.type ? { type: input.type } : {}),
    questionIds: questions.map((q) => q.id),
    status: 'open',
    startedAt: new Date(),
  }
  const quizId = await addedId(db.collection('quizzes').add({ data: quiz }))
  return { quizId, questions }
}

export const mistakeId = (openid: string, questionId: string) => createHash('sha256').update(`${openid}|${questionId}`).digest('hex').slice(0, 32)

const ALREADY_SUBMITTED = '这份测验已经交过卷了，可以再开始一份新的'

async function myQuiz(quizId: string, openid: string): Promise<QuizDoc> {
  const quiz = await firstRow<QuizDoc>(db.collection('quizzes').where({ _id: quizId, openid }).limit(1).get())
  if (!quiz) throw notFound('没有找到这份测验')
  return quiz
}

/** Right → off the caller's mistakes; wrong or unanswered → on them, counted. */
async function recordMistake(openid: string, q: QuestionDoc, choice: number | undefined, now: Date): Promise<void> {
  const _id = mistakeId(openid, q._id)
  if (choice === q.answer) {
    await db.collection('quizMistakes').where({ _id, openid }).remove()
    return
  }
  const bumped = await updatedCount(
    db
      .collection('quizMistakes')
      .where({ _id, openid })
      .update({ data: { wrongCount: _.inc(1), lastWrongAt: now, choice: choice !== undefined ? choice : _.remove() } }),
  )
  if (bumped === 0) {
    const doc: MistakeDoc = { _id, openid, questionId: q._id, type: q.type, wrongCount: 1, lastWrongAt: now, ...(choice !== undefined ? { choice } : {}) }
    await db.collection('quizMistakes').add({ data: doc })
  }
}

/**
 * One question answered on its own, so the explanation can follow the answer at once. The choice is
 * final: the update only happens while the question has no choice yet and the quiz is open.
 */
export async function checkAnswer(input: ActionInput<'fraud', 'checkAnswer'>, openid: string): Promise<ActionOutput<'fraud', 'checkAnswer'>> {
  const quiz = await myQuiz(input.quizId, openid)
  if (quiz.status !== 'open') throw conflict(ALREADY_SUBMITTED)
  if (!quiz.questionIds.includes(input.questionId)) throw invalid('参数无效：这道题不属于这份测验', 'questionId')
  const q = (await questionsByIds([input.questionId])).get(input.questionId)
  if (!q) throw notFound('没有找到这道题')
  if (input.choice >= q.options.length) throw invalid('参数无效：没有这个选项', 'choice')
  const key = `checked.${input.questionId}`
  const locked = await updatedCount(
    db
      .collection('quizzes')
      .where({ _id: quiz._id, openid, status: 'open', [key]: _.exists(false) })
      .update({ data: { [key]: input.choice } }),
  )
  if (locked === 0) throw conflict('这道题已经答过了')
  await recordMistake(openid, q, input.choice, new Date())
  return { correct: input.choice === q.answer, answer: q.answer, explanation: q.explanation }
}

function outcome(quiz: QuizDoc, choices: Map<string, number>, byId: Map<string, QuestionDoc>): ActionOutput<'fraud', 'submitQuiz'> {
  const results = quiz.questionIds.flatMap((id) => {
    const q = byId.get(id)
    if (!q) return []
    const choice = choices.get(id)
    return [
      {
        questionId: id,
        stem: q.stem,
        options: q.options,
        ...(choice !== undefined ? { choice } : {}),
        answer: q.answer,
        correct: choice === q.answer,
        explanation: q.explanation,
      },
    ]
  })
  return { quizId: quiz._id, score: results.filter((r) => r.correct).length, total: results.length, results }
}

export async function submitQuiz(input: ActionInput<'fraud', 'submitQuiz'>, openid: string): Promise<ActionOutput<'fraud', 'submitQuiz'>> {
  const quiz = await myQuiz(input.quizId, openid)
  if (quiz.status !== 'open') throw conflict(ALREADY_SUBMITTED)

  const inQuiz = new Set(quiz.questionIds)
  const checked = quiz.checked ?? {}
  const choices = new Map<string, number>(Object.entries(checked))
  const handedIn = new Set<string>()
  input.answers.forEach((a, i) => {
    if (!inQuiz.has(a.questionId)) throw invalid('参数无效：答案里有不属于这份测验的题目', `answers.${i}.questionId`)
    if (handedIn.has(a.questionId)) throw invalid('参数无效：同一道题只能答一次', `answers.${i}.questionId`)
    if (a.questionId in checked && checked[a.questionId] !== a.choice) throw conflict('这道题已经答过了，答案不能再改')
    handedIn.add(a.questionId)
    choices.set(a.questionId, a.choice)
  })
  const byId = await questionsByIds(quiz.questionIds)
  input.answers.forEach((a, i) => {
    const q = byId.get(a.questionId)
    if (q && a.choice >= q.options.length) throw invalid('参数无效：没有这个选项', `answers.${i}.choice`)
  })

  const result = outcome(quiz, choices, byId)
  const now = new Date()
  const answers = [...choices].map(([questionId, choice]) => ({ questionId, choice }))
  // The condition on `status` makes the submission once-only even when two arrive together.
  const submitted = await updatedCount(
    db
      .collection('quizzes')
      .where({ _id: quiz._id, openid, status: 'open' })
      .update({ data: { status: 'submitted', submittedAt: now, score: result.score, answers: _.set(answers) } }),
  )
  if (submitted === 0) throw conflict(ALREADY_SUBMITTED)

  // Questions answered with checkAnswer are already in (or out of) the mistakes.
  for (const id of quiz.questionIds) {
    const q = byId.get(id)
    if (q && !(id in checked)) await recordMistake(openid, q, choices.get(id), now)
  }
  return result
}

export async function quizResult(input: ActionInput<'fraud', 'quizResult'>, openid: string): Promise<ActionOutput<'fraud', 'quizResult'>> {
  const quiz = await myQuiz(input.quizId, openid)
  if (quiz.status !== 'submitted') throw conflict('这份测验还没有交卷')
  const choices = new Map((quiz.answers ?? []).map((a) => [a.questionId, a.choice]))
  return outcome(quiz, choices, await questionsByIds(quiz.questionIds))
}

export async function reviewMistakes(input: ActionInput<'fraud', 'reviewMistakes'>, openid: string): Promise<ActionOutput<'fraud', 'reviewMistakes'>> {
  const page = await pageByKey<MistakeDoc>({ collection: 'quizMistakes', where: { openid }, sortBy: 'lastWrongAt', direction: 'desc', ...input })
  const byId = await questionsByIds(page.items.map((m) => m.questionId))
  return {
    ...page,
    items: page.items.flatMap((m) => {
      const q = byId.get(m.questionId)
      if (!q) return []
      return [
        {
          questionId: q._id,
          type: q.type,
          stem: q.stem,
          options: q.options,
          answer: q.answer,
          explanation: q.explanation,
          ...(m.choice !== undefined ? { choice: m.choice } : {}),
          wrongCount: m.wrongCount,
          lastWrongAt: iso(m.lastWrongAt)!,
        },
      ]
    }),
  }
}

/** A retry from the mistakes list: right → off the list; wrong → stays, with the new choice. */
export async function resolveMistake(input: ActionInput<'fraud', 'resolveMistake'>, openid: string): Promise<ActionOutput<'fraud', 'resolveMistake'>> {
  const _id = mistakeId(openid, input.questionId)
  const mistake = await firstRow<MistakeDoc>(db.collection('quizMistakes').where({ _id, openid }).limit(1).get())
  const q = mistake && (await questionsByIds([input.questionId])).get(input.questionId)
  if (!mistake || !q) throw notFound('错题本里没有这道题')
  if (input.choice >= q.options.length) throw invalid('参数无效：没有这个选项', 'choice')
  const correct = input.choice === q.answer
  if (correct) await db.collection('quizMistakes').where({ _id, openid }).remove()
  else
    await db
      .collection('quizMistakes')
      .where({ _id, openid })
      .update({ data: { choice: input.choice, wrongCount: _.inc(1), lastWrongAt: new Date() } })
  return { correct, answer: q.answer, explanation: q.explanation }
}

export async function myQuizHistory(input: ActionInput<'fraud', 'myQuizHistory'>, openid: string): Promise<ActionOutput<'fraud', 'myQuizHistory'>> {
  const page = await pageByKey<QuizDoc>({ collection: 'quizzes', where: { openid }, sortBy: 'startedAt', direction: 'desc', ...input })
  return {
    ...page,
    items: page.items.map((q) => ({
      quizId: q._id,
      ...(q.type ? { type: q.type } : {}),
      total: q.questionIds.length,
      startedAt: iso(q.startedAt)!,
      ...(q.score !== undefined ? { score: q.score } : {}),
      ...(q.submittedAt ? { submittedAt: iso(q.submittedAt) } : {}),
    })),
  }
}
