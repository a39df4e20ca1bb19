import { Text, View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import FraudQuestion from '../../components/FraudQuestion'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { useTypeParam } from '../link-hooks'
import { useQuiz } from '../useQuiz'
import './index.css'
import FormProblem from '@/components/FormProblem'

export default function QuizPage() {
  const { quiz, progress } = useQuiz(useTypeParam())
  return (
    <Page>
      <PageState
        remote={quiz}
        loadingText="正在出题…"
        emptyTitle="暂时还没有题目"
        emptyHint="过几天再来试试。"
        errorTitles={{ NOT_FOUND: '这一类暂时还没有题目' }}
      >
        {({ quizId, questions }) => {
          const p = progress(quizId, questions)
          if (!p) return null
          return (
            <View>
              <View className="quiz__bar" aria-hidden>
                <View className="quiz__bar-fill" style={{ width: `${((p.index + (p.reveal ? 1 : 0)) / p.total) * 100}%` }} />
              </View>
              <FraudQuestion
                key={p.question.id}
                counter={`第 ${p.index + 1} 题，共 ${p.total} 题`}
                stem={p.question.stem}
                options={p.question.options}
                chosen={p.chosen}
                reveal={p.reveal}
                busy={p.busy}
                onChoose={p.choose}
              />
              <FormProblem message={p.error} />
              {p.reveal ? (
                <ActionButton disabled={p.busy} onClick={p.next}>
                  {p.isLast ? (p.busy ? '正在交卷…' : '交卷，看成绩') : '下一题'}
                </ActionButton>
              ) : (
                <Text className="jmt-hint quiz__hint">点一个选项作答，马上告诉您对不对。</Text>
              )}
            </View>
          )
        }}
      </PageState>
    </Page>
  )
}
