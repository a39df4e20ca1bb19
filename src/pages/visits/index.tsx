import { Text, View } from '@tarojs/components'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import SessionCard from '../../components/SessionCard'
import { useVisitSessions } from '../../hooks/useVisitSessions'
import './index.css'

export default function VisitsPage() {
  const sessions = useVisitSessions()
  return (
    <Page>
      <View className='visits__intro'>
        <Text className='visits__title'>民警到身边来办事</Text>
        <Text className='visits__lead'>流动警务室按约定的时间到社区、市场和工地，现场办理户籍、居住证咨询，讲解防骗知识，帮忙化解纠纷。</Text>
      </View>
      <PageState
        remote={sessions}
        loadingText='正在查看近期安排…'
        emptyTitle='近期还没有流动警务室安排'
        emptyHint='社区民警定好时间和地点后会在这里公布，过几天再来看看。'
        errorTitles={{ NOT_FOUND: '流动警务室预约还没有开通' }}
      >
        {(items) => (
          <View>
            <Text className='jmt-section-title'>近期安排</Text>
            {items.map((session) => (
              <SessionCard key={session.sessionId} session={session} />
            ))}
          </View>
        )}
      </PageState>
    </Page>
  )
}
