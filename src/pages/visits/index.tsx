import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import VisitEntryRows from '../../components/VisitEntryRows'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import SessionCard from '../../components/SessionCard'
import { type Here, locateOnce } from '../../device/location'
import { visitUrls } from '../../components/VisitWords/urls'
import { groupByChinaDay, useVisitSessions } from '../../hooks/useVisitSessions'
import { chinaDayLabel } from '../../time/china'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

const openSession = (sessionId: string) => Taro.navigateTo({ url: visitUrls.session(sessionId) })

export default function VisitsPage() {
  const [near, setNear] = useState<Here | undefined>(undefined)
  const [locating, setLocating] = useState(false)
  const [locationProblem, setLocationProblem] = useState<string | null>(null)
  const sessions = useVisitSessions(near)

  function nearestFirst() {
    if (locating) return
    setLocating(true)
    setLocationProblem(null)
    locateOnce({ denied: '没有得到位置权限，先按日期排列。可以在设置里允许使用位置。', failed: '暂时没能读取位置，先按日期排列。' })
      .then(setNear, (error: Error) => setLocationProblem(error.message))
      .finally(() => setLocating(false))
  }

  return (
    <Page>
      <View className="visits__intro">
        <Text className="jmt-title visits__title">民警到身边来办事</Text>
        <Text className="jmt-secondary">流动警务室按约定的时间到社区、市场和工地，现场办户籍、居住证，讲防骗，调纠纷。先预约，到场不用排长队。</Text>
      </View>
      <VisitEntryRows />

      <View className="visits__order" role="radiogroup" aria-label="排列方式">
        <View
          role="radio"
          aria-checked={!near}
          className={near ? 'visits__order-chip' : 'visits__order-chip visits__order-chip--on'}
          onClick={() => setNear(undefined)}
        >
          <Text>按日期</Text>
        </View>
        <View
          role="radio"
          aria-checked={Boolean(near)}
          className={near ? 'visits__order-chip visits__order-chip--on' : 'visits__order-chip'}
          onClick={nearestFirst}
        >
          <Text>{locating ? '正在定位…' : '离我最近'}</Text>
        </View>
      </View>
      {locationProblem ? <Text className="jmt-text visits__problem">{locationProblem}</Text> : null}
      {near ? null : <Text className="jmt-muted visits__why">点“离我最近”才会读取一次位置，只用来排序，不保存。</Text>}

      <PageState
        remote={sessions}
        loadingText="正在查看近期安排…"
        emptyTitle="近期还没有流动警务室安排"
        emptyHint="社区民警定好时间和地点后会在这里公布，过几天再来看看。"
        errorTitles={{ NOT_FOUND: '流动警务室预约还没有开通' }}
      >
        {({ items, nearestFirst }) =>
          nearestFirst ? (
            <View>
              <SectionTitle>离你由近到远</SectionTitle>
              {items.map((session) => (
                <SessionCard key={session.sessionId} session={session} dayText={chinaDayLabel(session.startsAt) ?? undefined} onOpen={openSession} />
              ))}
            </View>
          ) : (
            <View>
              {groupByChinaDay(items).map((day) => (
                <View key={day.date} className="visits__day">
                  <SectionTitle>{day.label}</SectionTitle>
                  {day.sessions.map((session) => (
                    <SessionCard key={session.sessionId} session={session} onOpen={openSession} />
                  ))}
                </View>
              ))}
            </View>
          )
        }
      </PageState>
    </Page>
  )
}
