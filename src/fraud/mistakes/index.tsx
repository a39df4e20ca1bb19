import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Mistake } from '@/types/fraud'
import ActionButton from '../../components/ActionButton'
import PagedMore from '../../components/PagedMore'
import FraudQuestion, { type QuestionReveal } from '../../components/FraudQuestion'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import FraudItemRow from '../../components/FraudItemRow'
import { fraudTypeLabel } from '../kinds'
import { chinaDayLabel, chinaTime } from '../../time/china'
import { fraudUrls } from '../urls'
import { usePaged } from '../../hooks/usePaged'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

/** One mistake to try again: a right answer takes it off the list. */
function Retry({ mistake }: { mistake: Mistake }) {
  const [chosen, setChosen] = useState<number | undefined>(undefined)
  const [reveal, setReveal] = useState<QuestionReveal | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  function choose(option: number) {
    setBusy(true)
    setError(null)
    setChosen(option)
    call('fraud', 'resolveMistake', { questionId: mistake.questionId, choice: option })
      .then(
        ({ answer, explanation }) => setReveal({ answer, explanation }),
        (failure: unknown) => {
          setChosen(undefined)
          setError(toApiError(failure).message)
        },
      )
      .finally(() => setBusy(false))
  }
  return (
    <View className="jmt-card mistakes__card">
      <FraudQuestion
        counter={`${fraudTypeLabel(mistake.type)} · 答错过 ${mistake.wrongCount} 次`}
        stem={mistake.stem}
        options={mistake.options}
        chosen={chosen}
        reveal={reveal}
        busy={busy}
        onChoose={choose}
      />
      {error ? <Text className="jmt-text mistakes__error">{error}</Text> : null}
      {reveal && chosen === reveal.answer ? <Text className="jmt-label mistakes__done">已掌握，这道题已从错题本移出。</Text> : null}
    </View>
  )
}

function quizWhen(startedAt: string): string {
  return `${chinaDayLabel(startedAt) ?? ''} ${chinaTime(startedAt) ?? ''}`.trim()
}

export default function MistakesPage() {
  const list = usePaged((cursor) => call('fraud', 'reviewMistakes', { limit: 10, cursor }))
  const history = usePaged((cursor) => call('fraud', 'myQuizHistory', { limit: 5, cursor }))
  return (
    <Page>
      <Text className="jmt-secondary mistakes__lead">以前答错的题，再做一遍。答对了就从错题本里移出。</Text>
      <PageState remote={list.remote} loadingText="正在打开错题本…" emptyTitle="错题本是空的" emptyHint="做一次测验，答错的题会记在这里。">
        {({ items }) => (
          <View>
            {items.map((m) => (
              <Retry key={m.questionId} mistake={m} />
            ))}
          </View>
        )}
      </PageState>
      <PagedMore paged={list} />
      <View className="mistakes__quiz">
        <ActionButton onClick={() => Taro.navigateTo({ url: fraudUrls.quiz() })}>做一次新的测验</ActionButton>
      </View>
      <SectionTitle className="mistakes__history">我的测验记录</SectionTitle>
      <PageState remote={history.remote} compact loadingText="正在读取记录…" emptyTitle="还没有做过测验">
        {({ items }) => (
          <View>
            {items.map((q) => (
              <FraudItemRow
                key={q.quizId}
                label={quizWhen(q.startedAt)}
                title={q.score !== undefined ? `答对 ${q.score} 题，共 ${q.total} 题` : `没有交卷，共 ${q.total} 题`}
                text={q.type ? fraudTypeLabel(q.type) : '综合测验'}
                onClick={() =>
                  q.score !== undefined ? Taro.navigateTo({ url: fraudUrls.result(q.quizId) }) : Taro.navigateTo({ url: fraudUrls.quiz(q.type) })
                }
              />
            ))}
          </View>
        )}
      </PageState>
      <PagedMore paged={history} />
    </Page>
  )
}
