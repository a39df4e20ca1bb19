import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ActionButton from '../../components/ActionButton'
import FraudQuestion from '../../components/FraudQuestion'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { ApiError, call } from '../../api'
import { useParam } from '@/hooks/useParam'
import { fraudUrls } from '../urls'
import { useRemote } from '../../hooks/useRemote'
import { useShareCard } from '../../hooks/useShareCard'
import ShareButton from '../../components/ShareButton'
import type { ShareCard } from '../../device/share'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

export function verdict(score: number, total: number): string {
  if (total > 0 && score === total) return '全部答对！骗子的套路您都认得。'
  if (score / Math.max(total, 1) >= 0.8) return '很不错！把答错的题再看一看。'
  if (score / Math.max(total, 1) >= 0.6) return '及格了，还有几种骗局要多留心。'
  return '要多加小心！把下面的解析认真看一遍。'
}

export default function QuizResultPage() {
  const quizId = useParam('quizId')
  const result = useRemote(
    () => (quizId ? call('fraud', 'quizResult', { quizId }) : Promise.reject(new ApiError('INVALID_ARGUMENT', '链接不完整，请重新做一次测验。'))),
    [quizId],
    { isEmpty: () => false },
  )
  // The card leads to a new quiz, not to this result: a result is the person's own.
  const card = (): ShareCard => ({
    title: result.status === 'ready' ? `我答对了 ${result.data.score} 道防骗题，你能答对几道？` : '防骗小测验，你能答对几道？',
    path: fraudUrls.quiz(),
  })
  useShareCard(card)
  return (
    <Page>
      <PageState
        remote={result}
        loadingText="正在算成绩…"
        emptyTitle="没有找到这份测验"
        errorTitles={{ NOT_FOUND: '没有找到这份测验', CONFLICT: '这份测验还没有交卷' }}
      >
        {({ score, total, results }) => (
          <View>
            <View className="jmt-card result__score">
              <Text className="result__number">{`${score} / ${total}`}</Text>
              <Text className="jmt-secondary result__label">{`答对 ${score} 题，共 ${total} 题`}</Text>
              <Text className="jmt-title">{verdict(score, total)}</Text>
            </View>
            <View className="result__actions">
              <ActionButton onClick={() => Taro.redirectTo({ url: fraudUrls.quiz() })}>再测一次</ActionButton>
              <ActionButton tone="secondary" onClick={() => Taro.navigateTo({ url: fraudUrls.mistakes })}>
                去错题本
              </ActionButton>
            </View>
            <SectionTitle>每道题的解析</SectionTitle>
            {results.map((r, i) => (
              <View className="jmt-card" key={r.questionId}>
                <FraudQuestion
                  counter={`第 ${i + 1} 题`}
                  stem={r.stem}
                  options={r.options}
                  chosen={r.choice}
                  reveal={{ answer: r.answer, explanation: r.explanation }}
                />
              </View>
            ))}
            <ShareButton label="转发给家里人，考考他们" card={card()} />
          </View>
        )}
      </PageState>
      <View className="result__back">
        <ActionButton tone="quiet" onClick={() => Taro.switchTab({ url: fraudUrls.tab })}>
          回到反诈首页
        </ActionButton>
      </View>
    </Page>
  )
}
