import { Text, View } from '@tarojs/components'
import { MESSAGE_NOT_FOR_EMERGENCIES } from '@/types/messages-words'
import { call } from '../../api'
import MessageCompose from '../../components/MessageCompose'
import MessageThread from '../../components/MessageThread'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { useRemote } from '../../hooks/useRemote'
import { useReplyNotice } from '../useReplyNotice'
import { useParam } from '@/hooks/useParam'
import '../pages.css'

/** One conversation with the community officer: every message, and a box to write the next. */
export default function ThreadPage() {
  const threadId = useParam('threadId') ?? ''
  const thread = useRemote(() => call('messages', 'getThread', { threadId }), [threadId])
  const askForReply = useReplyNotice()
  return (
    <Page>
      <PageState remote={thread} loadingText="正在读取留言…" emptyTitle="没有找到这条留言" errorTitles={{ NOT_FOUND: '没有找到这条留言' }}>
        {(t) => (
          <View>
            <View className="jmt-card messages-to">
              <Text className="jmt-title messages-to__who">{t.officerName ? `社区民警 ${t.officerName}` : t.stationName}</Text>
              <Text className="jmt-muted">{`${t.area} · ${t.stationName}`}</Text>
              <Text className="jmt-muted messages-to__state">
                {t.status === 'closed' ? '这次留言已结束。有新的事，可以在下面再写。' : '民警回复后会显示在这里。'}
              </Text>
            </View>
            <MessageThread messages={t.messages} reader="resident" />
            <Text className="messages-emergency">{MESSAGE_NOT_FOR_EMERGENCIES}</Text>
            <MessageCompose
              label={t.status === 'closed' ? '再写一条' : '继续留言'}
              placeholder="补充情况，或回复民警"
              action="发送"
              onSend={async (text) => {
                await askForReply()
                await call('messages', 'send', { plateCode: t.plateCode, text })
                thread.retry()
              }}
            />
          </View>
        )}
      </PageState>
    </Page>
  )
}
