import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { call } from '../../api'
import { requestSubscriptions } from '../../api/subscribe'
import { toApiError } from '../../api/errors'
import ActionButton from '../../components/ActionButton'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { ReportChips } from '../../components/ReportFields'
import TextField from '../../components/TextField'
import VisitRequestCard from '../../components/VisitRequestCard'
import { useRemote } from '../../hooks/useRemote'
import { useVisitTemplates } from '../../hooks/useVisitTemplates'
import { chinaDate, chinaDayLabel } from '../../time/china'
import SectionTitle from '@/components/SectionTitle'
import '../pages.css'
import FormProblem from '@/components/FormProblem'

const DAY_MS = 24 * 60 * 60 * 1000
const MAX_DATES = 5

/** The next two weeks, from tomorrow, as China days to pick from. */
function nextDays(count = 14): { date: string; label: string }[] {
  const now = Date.now()
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(now + (i + 1) * DAY_MS).toISOString()
    return { date: chinaDate(at), label: chinaDayLabel(at) ?? chinaDate(at) }
  })
}

interface RequestDraft {
  name: string
  address: string
  reason: string
  dates: string[]
  /** The station asked; '' leaves it to the district's admins to pass on. */
  stationId: string
}

const NO_DRAFT: RequestDraft = { name: '', address: '', reason: '', dates: [], stationId: '' }
const ANY_STATION = { value: '', label: '不清楚，请区里安排' }

function draftProblem(draft: RequestDraft): string | null {
  if (draft.name.trim().length < 2) return '请写明地点名称（至少 2 个字），例如 幸福里小区东门广场'
  if (draft.address.trim().length < 2) return '请写明地址（至少 2 个字）'
  if (draft.reason.trim().length < 5) return '请说说为什么需要民警来（至少 5 个字）'
  return null
}

/** 相约: ask the 流动警务室 to come to a place, and back the neighbours' requests (附议). */
export default function VisitRequestsPage() {
  const requests = useRemote(() => call('visits', 'listRequests', { limit: 50 }))
  const stations = useRemote(async () => (await call('org', 'listStations', { limit: 100 })).items, [], { isEmpty: () => false })
  const stationChoices = [...(stations.status === 'ready' ? stations.data.map((s) => ({ value: s.stationId, label: s.name })) : []), ANY_STATION]
  const [draft, setDraft] = useState<RequestDraft>(NO_DRAFT)
  const [problem, setProblem] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [seconding, setSeconding] = useState<string | null>(null)
  const answerTemplate = useVisitTemplates()?.requestAnswered ?? ''
  const days = nextDays()

  function toggleDay(date: string) {
    if (draft.dates.includes(date)) setDraft({ ...draft, dates: draft.dates.filter((d) => d !== date) })
    else if (draft.dates.length < MAX_DATES) setDraft({ ...draft, dates: [...draft.dates, date].sort() })
    else setProblem(`最多选择 ${MAX_DATES} 个日期`)
  }

  async function send() {
    const found = draftProblem(draft)
    setProblem(found)
    if (found || sending) return
    // On the tap, before anything is awaited: the answer to the request comes as one subscribe message.
    const asked = requestSubscriptions([answerTemplate])
    setSending(true)
    try {
      await asked
      await call('visits', 'requestVisit', {
        place: { name: draft.name.trim(), address: draft.address.trim() },
        reason: draft.reason.trim(),
        ...(draft.dates.length ? { preferredDates: draft.dates } : {}),
        ...(draft.stationId ? { stationId: draft.stationId } : {}),
      })
      setDraft(NO_DRAFT)
      Taro.showToast({ title: '已提交', icon: 'success' })
      requests.retry()
    } catch (error) {
      setProblem(toApiError(error).message)
    } finally {
      setSending(false)
    }
  }

  async function second(requestId: string) {
    // Seconders hear the answer too: ask on this tap.
    const asked = requestSubscriptions([answerTemplate])
    setSeconding(requestId)
    try {
      await asked
      await call('visits', 'secondRequest', { requestId })
      Taro.showToast({ title: '已附议', icon: 'success' })
      requests.retry()
    } catch (error) {
      Taro.showModal({ title: '没能附议', content: toApiError(error).message, showCancel: false, confirmText: '知道了' })
    } finally {
      setSeconding(null)
    }
  }

  return (
    <Page>
      <SectionTitle>请民警到我这儿来</SectionTitle>
      <View className="jmt-card">
        <Text className="jmt-text visit-page__lead">小区、市场、工地需要民警上门办事或讲防骗知识？写下地点和原因，邻居附议越多，越早安排。</Text>
        <TextField label="地点名称" value={draft.name} maxlength={40} onChange={(name) => setDraft({ ...draft, name })} placeholder="例如 幸福里小区东门广场" />
        <TextField
          label="地址"
          value={draft.address}
          maxlength={100}
          onChange={(address) => setDraft({ ...draft, address })}
          placeholder="例如 城关区幸福路 18 号"
        />
        <TextField
          label="为什么需要民警来"
          multiline
          value={draft.reason}
          maxlength={300}
          onChange={(reason) => setDraft({ ...draft, reason })}
          placeholder="例如 老人多，想办居住证，也想听听防骗知识"
        />
        <ReportChips
          label="请哪个派出所来（它的民警会答复您）"
          choices={stationChoices}
          value={draft.stationId}
          onChange={(stationId) => setDraft({ ...draft, stationId })}
        />
        <Text className="jmt-hint visit-page__label">{`希望的日期（可不选，最多 ${MAX_DATES} 个）`}</Text>
        <View className="visit-page__days">
          {days.map((day) => {
            const on = draft.dates.includes(day.date)
            return (
              <View
                key={day.date}
                role="checkbox"
                aria-checked={on}
                className={on ? 'visit-page__day visit-page__day--on' : 'visit-page__day'}
                onClick={() => toggleDay(day.date)}
              >
                <Text>{day.label}</Text>
              </View>
            )
          })}
        </View>
        <FormProblem message={problem} />
        <ActionButton disabled={sending} onClick={send}>
          {sending ? '正在提交…' : '提交请求'}
        </ActionButton>
      </View>

      <SectionTitle>邻居们的请求</SectionTitle>
      <PageState remote={requests} compact loadingText="正在查看请求…" emptyTitle="还没有人提出请求" emptyHint="你可以第一个提出。">
        {({ items }) => (
          <View>
            {items.map((request) => (
              <VisitRequestCard key={request.requestId} request={request} busy={seconding === request.requestId} onSecond={second} />
            ))}
          </View>
        )}
      </PageState>
    </Page>
  )
}
