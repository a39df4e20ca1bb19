import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import QuizPage from '@/fraud/quiz/index'
import QuizResultPage from '@/fraud/result/index'
import MistakesPage from '@/fraud/mistakes/index'
import { fakeStaffCloud, Refusal } from './staff-cloud'
import { present } from '../list-items'
import type { TaroHooks } from './taro-hooks'

let params: Record<string, string> = {}
jest.mock('@tarojs/taro', () =>
  jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ useRouter: () => ({ params, path: '/fraud/quiz/index' }), useShareAppMessage: () => undefined }),
)

type Question = { id: string; type: string; stem: string; options: string[] }
const QUESTIONS: [Question, Question] = [
  { id: 'q1', type: 'police', stem: '“公安局”来电说你涉嫌洗钱，要你转到安全账户，怎么办？', options: ['照做', '挂断，打 110 核实'] },
  { id: 'q2', type: 'rebate', stem: '刷单返利要先垫钱，能做吗？', options: ['能', '不能', '少垫一点'] },
]
const KEY = {
  q1: { answer: 1, explanation: '公检法不会电话办案，没有安全账户。' },
  q2: { answer: 1, explanation: '要你先垫钱的刷单都是骗局。' },
}

let redirectTo: jest.SpyInstance
beforeEach(() => {
  params = {}
  redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
})
afterEach(() => redirectTo.mockRestore())

function quizCloud() {
  return fakeStaffCloud({
    'fraud.startQuiz': () => ({ quizId: 'quiz-1', questions: QUESTIONS }),
    'fraud.checkAnswer': ({ questionId, choice }) => {
      const key = present(KEY[String(questionId) as keyof typeof KEY], `the answer to ${String(questionId)}`)
      return { correct: choice === key.answer, ...key }
    },
    'fraud.submitQuiz': () => ({ quizId: 'quiz-1', score: 1, total: 2, results: [] }),
  })
}

describe('the quiz, one question per screen', () => {
  it('shows one question, then its explanation right after the answer, then the next', async () => {
    const calls = quizCloud()
    render(<QuizPage />)

    expect(await screen.findByText(QUESTIONS[0].stem)).toBeInTheDocument()
    expect(screen.getByText('第 1 题，共 2 题')).toBeInTheDocument()
    expect(screen.queryByText(QUESTIONS[1].stem)).not.toBeInTheDocument()
    expect(screen.queryByText('下一题')).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('照做'))

    expect(await screen.findByText('答错了，正确答案是 B')).toBeInTheDocument()
    expect(screen.getByText(KEY.q1.explanation)).toBeInTheDocument()
    expect(calls.find((c) => c.action === 'checkAnswer')?.data).toEqual({ quizId: 'quiz-1', questionId: 'q1', choice: 0 })

    // The choice is final: tapping another option sends nothing.
    fireEvent.click(screen.getByText('挂断，打 110 核实'))
    expect(calls.filter((c) => c.action === 'checkAnswer')).toHaveLength(1)

    fireEvent.click(screen.getByText('下一题'))
    expect(await screen.findByText(QUESTIONS[1].stem)).toBeInTheDocument()
    expect(screen.queryByText(KEY.q1.explanation)).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('不能'))
    expect(await screen.findByText('答对了！')).toBeInTheDocument()
  })

  it('hands in every answer after the last question and opens the result', async () => {
    const calls = quizCloud()
    render(<QuizPage />)

    fireEvent.click(await screen.findByText('照做'))
    fireEvent.click(await screen.findByText('下一题'))
    fireEvent.click(await screen.findByText('不能'))
    fireEvent.click(await screen.findByText('交卷，看成绩'))

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/fraud/result/index?quizId=quiz-1' }))
    expect(calls.find((c) => c.action === 'submitQuiz')?.data).toEqual({
      quizId: 'quiz-1',
      answers: [
        { questionId: 'q1', choice: 0 },
        { questionId: 'q2', choice: 1 },
      ],
    })
  })

  it('asks for a quiz of the type it was opened with', async () => {
    params = { type: 'police' }
    const calls = quizCloud()
    render(<QuizPage />)
    await screen.findByText(QUESTIONS[0].stem)
    expect(calls[0]).toMatchObject({ action: 'startQuiz', data: { count: 10, type: 'police' } })
  })

  it('lets the person choose again when an answer could not be sent', async () => {
    let fail = true
    fakeStaffCloud({
      'fraud.startQuiz': () => ({ quizId: 'quiz-1', questions: QUESTIONS }),
      'fraud.checkAnswer': ({ choice }) => (fail ? new Refusal('INTERNAL', '服务暂时不可用，请稍后再试', 500) : { correct: choice === 1, ...KEY.q1 }),
    })
    render(<QuizPage />)

    fireEvent.click(await screen.findByText('照做'))
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeInTheDocument()
    expect(screen.queryByText('下一题')).not.toBeInTheDocument()

    fail = false
    fireEvent.click(screen.getByText('挂断，打 110 核实'))
    expect(await screen.findByText('答对了！')).toBeInTheDocument()
  })

  it('says so when there are no questions yet', async () => {
    fakeStaffCloud({ 'fraud.startQuiz': () => new Refusal('NOT_FOUND', '这一类暂时还没有题目，换一类试试', 404) })
    render(<QuizPage />)
    expect(await screen.findByText('这一类暂时还没有题目')).toBeInTheDocument()
    expect(screen.getByText('重试')).toBeInTheDocument()
  })
})

describe('the quiz result', () => {
  it('shows the score and, for each question, the right answer and the explanation', async () => {
    params = { quizId: 'quiz-1' }
    fakeStaffCloud({
      'fraud.quizResult': () => ({
        quizId: 'quiz-1',
        score: 1,
        total: 2,
        results: [
          { questionId: 'q1', stem: QUESTIONS[0].stem, options: QUESTIONS[0].options, choice: 0, answer: 1, correct: false, explanation: KEY.q1.explanation },
          { questionId: 'q2', stem: QUESTIONS[1].stem, options: QUESTIONS[1].options, choice: 1, answer: 1, correct: true, explanation: KEY.q2.explanation },
        ],
      }),
    })
    render(<QuizResultPage />)

    expect(await screen.findByText('1 / 2')).toBeInTheDocument()
    expect(screen.getByText('要多加小心！把下面的解析认真看一遍。')).toBeInTheDocument()
    expect(screen.getByText(KEY.q1.explanation)).toBeInTheDocument()
    expect(screen.getByText(KEY.q2.explanation)).toBeInTheDocument()
    expect(screen.getByText('答错了，正确答案是 B')).toBeInTheDocument()
  })
})

describe('the mistakes review', () => {
  const mistake = {
    questionId: 'q1',
    type: 'police',
    stem: QUESTIONS[0].stem,
    options: QUESTIONS[0].options,
    answer: 1,
    explanation: KEY.q1.explanation,
    choice: 0,
    wrongCount: 2,
    lastWrongAt: '2026-11-20T08:00:00.000Z',
  }

  it('lets the person retry a mistake and says when it is mastered', async () => {
    const calls = fakeStaffCloud({
      'fraud.myQuizHistory': () => ({ items: [] }),
      'fraud.reviewMistakes': () => ({ items: [mistake] }),
      'fraud.resolveMistake': ({ choice }) => ({ correct: choice === 1, answer: 1, explanation: KEY.q1.explanation }),
    })
    render(<MistakesPage />)

    expect(await screen.findByText(QUESTIONS[0].stem)).toBeInTheDocument()
    expect(screen.getByText('冒充公检法 · 答错过 2 次')).toBeInTheDocument()
    // The answer is not shown before the retry.
    expect(screen.queryByText(KEY.q1.explanation)).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('挂断，打 110 核实'))

    expect(await screen.findByText('已掌握，这道题已从错题本移出。')).toBeInTheDocument()
    expect(screen.getByText(KEY.q1.explanation)).toBeInTheDocument()
    expect(calls.find((c) => c.action === 'resolveMistake')?.data).toEqual({ questionId: 'q1', choice: 1 })
  })

  it('says the book is empty when there is nothing to retry', async () => {
    fakeStaffCloud({ 'fraud.reviewMistakes': () => ({ items: [] }), 'fraud.myQuizHistory': () => ({ items: [] }) })
    render(<MistakesPage />)
    expect(await screen.findByText('错题本是空的')).toBeInTheDocument()
    expect(await screen.findByText('还没有做过测验')).toBeInTheDocument()
  })

  it('lists past quizzes with their scores and opens a result', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    fakeStaffCloud({
      'fraud.reviewMistakes': () => ({ items: [] }),
      'fraud.myQuizHistory': () => ({
        items: [
          { quizId: 'quiz-2', total: 10, startedAt: '2026-11-24T02:00:00.000Z' },
          { quizId: 'quiz-1', total: 10, score: 8, startedAt: '2026-11-23T02:00:00.000Z', submittedAt: '2026-11-23T02:05:00.000Z' },
        ],
      }),
    })
    render(<MistakesPage />)
    expect(await screen.findByText('没有交卷，共 10 题')).toBeInTheDocument()
    fireEvent.click(screen.getByText('答对 8 题，共 10 题'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/fraud/result/index?quizId=quiz-1' })
    expect(screen.getByText('11月23日 周一 10:00')).toBeInTheDocument()
    navigateTo.mockRestore()
  })
})
