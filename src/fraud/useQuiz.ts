import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { FraudType, QuizQuestion } from '../../types/fraud'
import { QUIZ_DEFAULT } from '../../types/fraud-words'
import { call } from '../api'
import { toApiError } from '../api/errors'
import type { QuestionReveal } from '../components/FraudQuestion'
import { useRemote } from '../hooks/useRemote'
import { fraudUrls } from './urls'

export interface QuizProgress {
  /** The question on screen. */
  index: number
  question: QuizQuestion
  total: number
  chosen?: number
  reveal?: QuestionReveal
  busy: boolean
  /** Why the last step failed, in Chinese. */
  error: string | null
  choose: (option: number) => void
  /** To the next question, or hand in after the last. */
  next: () => void
  isLast: boolean
}

/**
 * A quiz, one question per screen. Each choice is sent at once (checkAnswer) so the explanation
 * follows it; after the last question the quiz is handed in and the result page opens.
 */
export function useQuiz(type: FraudType | undefined) {
  const quiz = useRemote(() => call('fraud', 'startQuiz', { count: QUIZ_DEFAULT, ...(type ? { type } : {}) }), [type])
  const [index, setIndex] = useState(0)
  const [chosen, setChosen] = useState<Record<string, number>>({})
  const [reveals, setReveals] = useState<Record<string, QuestionReveal>>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  /** Null when there is no question to show (an empty quiz). */
  function progress(quizId: string, questions: QuizQuestion[]): QuizProgress | null {
    const question = questions[index]
    if (!question) return null
    const isLast = index === questions.length - 1
    return {
      index,
      question,
      total: questions.length,
      chosen: chosen[question.id],
      reveal: reveals[question.id],
      busy,
      error,
      isLast,
      choose(option) {
        if (busy || reveals[question.id]) return
        setBusy(true)
        setError(null)
        setChosen((c) => ({ ...c, [question.id]: option }))
        call('fraud', 'checkAnswer', { quizId, questionId: question.id, choice: option })
          .then(
            ({ answer, explanation }) => setReveals((r) => ({ ...r, [question.id]: { answer, explanation } })),
            (failure: unknown) => {
              setChosen(({ [question.id]: _dropped, ...rest }) => rest)
              setError(toApiError(failure).message)
            },
          )
          .finally(() => setBusy(false))
      },
      next() {
        if (busy) return
        if (!isLast) {
          setError(null)
          setIndex(index + 1)
          return
        }
        setBusy(true)
        setError(null)
        const answers = Object.entries(chosen).map(([questionId, choice]) => ({ questionId, choice }))
        call('fraud', 'submitQuiz', { quizId, answers })
          .then(
            () => Taro.redirectTo({ url: fraudUrls.result(quizId) }),
            (failure: unknown) => {
              const problem = toApiError(failure)
              // Handed in already (e.g. a second tap that raced the first): the result is there to see.
              if (problem.code === 'CONFLICT') Taro.redirectTo({ url: fraudUrls.result(quizId) })
              else setError(problem.message)
            },
          )
          .finally(() => setBusy(false))
      },
    }
  }

  return { quiz, progress }
}
