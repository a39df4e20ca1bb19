import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import EntryRow from '../../components/EntryRow'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import SessionCard from '../../components/SessionCard'
import { visitUrls } from '../../components/VisitWords/urls'
import { useVisitSessions } from '../../hooks/useVisitSessions'
import './index.css'

export default function VisitsPage() {
  const days = useVisitSessions()
  return (
    <Page>
      <View className='visits__intro'>
        <Text className='visits__title'>民警到身边来办事</Text>
        <Text className='visits__lead'>流动警务室按约定的时间到社区、市场和工地，现场办理户籍、居住证咨询，讲解防骗知识，帮忙化解纠纷。先预约，到场不用排长队。</Text>
      </View>
      <EntryRow title='我的预约' hint='排队号、签到码，也可以取消' onClick={() => Taro.navigateTo({ url: visitUrls.mine })} />
      <EntryRow title='请民警到我这儿来' hint='提出上门请求，或附议邻居的请求' onClick={() => Taro.navigateTo({ url: visitUrls.requests })} />
      <PageState
        remote={days}
        loadingText='正在查看近期安排…'
        emptyTitle='近期还没有流动警务室安排'
        emptyHint='社区民警定好时间和地点后会在这里公布，过几天再来看看。'
        errorTitles={{ NOT_FOUND: '流动警务室预约还没有开通' }}
      >
        {(list) => (
          <View>
            {list.map((day) => (
              <View key={day.date} className='visits__day'>
                <Text className='jmt-section-title'>{day.label}</Text>
                {day.sessions.map((session) => (
                  <SessionCard key={session.sessionId} session={session} onOpen={(sessionId) => Taro.navigateTo({ url: visitUrls.session(sessionId) })} />
                ))}
              </View>
            ))}
          </View>
        )}
      </PageState>
    </Page>
  )
}
