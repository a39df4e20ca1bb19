import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VisitSession } from '@/types/visits'
import ActionButton from '../../components/ActionButton'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { seatWords, sessionWhen } from '../../components/VisitWords'
import { visitUrls } from '../../components/VisitWords/urls'
import { openMap } from '../../contact/map'
import { useVisitSession } from '../useVisitPages'
import ServiceTags from '../../components/ServiceTags'
import '../pages.css'

const CLOSED_BUTTON: Record<VisitSession['bookingState'], string> = {
  open: '预约这一场',
  notYet: '预约还没开始',
  full: '名额已满',
  started: '已开始，不能预约',
  cancelled: '这一场已取消',
}

/** One session: when, where (with a map), what can be done there, and the way to book it. */
export default function SessionPage() {
  const session = useVisitSession()
  return (
    <Page>
      <PageState remote={session} loadingText="正在打开这一场…" emptyTitle="没有找到这一场" errorTitles={{ NOT_FOUND: '没有找到这一场' }}>
        {(s) => {
          const seats = seatWords(s)
          const location = s.place.location
          return (
            <View>
              <View className="jmt-card">
                <Text className="jmt-hero">{s.title}</Text>
                <Text className="jmt-title visit-page__when">{sessionWhen(s)}</Text>
                <Text className={`jmt-title visit-page__seats visit-page__seats--${seats.tone}`}>{seats.text}</Text>
                <Text className="jmt-muted">{`共 ${s.capacity} 个名额 · ${s.stationName}`}</Text>
              </View>

              <View className="jmt-card">
                <Text className="jmt-hint visit-page__label">地点</Text>
                <Text className="jmt-title">{s.place.name}</Text>
                <Text className="jmt-text">{s.place.address}</Text>
                {location ? (
                  <View className="visit-page__gap">
                    <ActionButton tone="secondary" onClick={() => openMap({ name: s.place.name, address: s.place.address, location })}>
                      在地图上查看、导航
                    </ActionButton>
                  </View>
                ) : null}
              </View>

              <View className="jmt-card">
                <Text className="jmt-hint visit-page__label">可以办理</Text>
                <ServiceTags services={s.services} large />
                {s.note ? <Text className="jmt-text">{s.note}</Text> : null}
              </View>

              {s.myBookingId ? (
                <ActionButton size="large" onClick={() => Taro.navigateTo({ url: visitUrls.booking(s.myBookingId ?? '') })} hint="你已预约这一场">
                  查看我的排队号
                </ActionButton>
              ) : s.bookingState === 'open' ? (
                <ActionButton size="large" onClick={() => Taro.navigateTo({ url: visitUrls.book(s.sessionId) })}>
                  预约这一场
                </ActionButton>
              ) : (
                <ActionButton size="large" disabled>
                  {CLOSED_BUTTON[s.bookingState]}
                </ActionButton>
              )}
            </View>
          )
        }}
      </PageState>
    </Page>
  )
}
