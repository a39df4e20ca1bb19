import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import ActionButton from '../../components/ActionButton'
import MessageCompose from '../../components/MessageCompose'
import MessageThread from '../../components/MessageThread'
import PageState from '../../components/PageState'
import { useRemote } from '../../hooks/useRemote'
import FormProblem from '@/components/FormProblem'
import StaffPage from '../components/StaffPage'
import { useParam } from '@/hooks/useParam'
import SectionTitle from '@/components/SectionTitle'

/** One resident's 留言 to the station: read it (which marks it read), reply, or end it. */
export default function MessageThreadConsolePage() {
  const threadId = useParam('threadId') ?? ''
  const thread = useRemote(() => call('messages', 'readThread', { threadId }), [threadId])
  const [problem, setProblem] = useState<string | null>(null)

  async function close() {
    const { confirm } = await Taro.showModal({
      title: '结束这条留言？',
      content: '结束后，居民再写会开始一条新的留言。',
      confirmText: '结束',
      cancelText: '不结束',
    })
    if (!confirm) return
    try {
      await call('messages', 'close', { threadId })
      thread.retry()
    } catch (error) {
      setProblem(toApiError(error).message)
    }
  }

  return (
    <StaffPage title="居民留言">
      <PageState remote={thread} loadingText="正在读取留言…" emptyTitle="没有找到这条留言" errorTitles={{ NOT_FOUND: '没有找到这条留言' }}>
        {(t) => (
          <View>
            <View className="jmt-card">
              <SectionTitle>{`${t.area} · ${t.stationName}`}</SectionTitle>
              <Text className="jmt-muted">{`联系牌 ${t.plateCode}${t.officerName ? ` · 社区民警 ${t.officerName}` : ''} · ${t.status === 'open' ? '进行中' : '已结束'}`}</Text>
            </View>
            <MessageThread messages={t.messages} reader="staff" />
            <MessageCompose
              label="回复居民"
              placeholder="居民会在小程序里看到，并收到一条通知"
              action="发送回复"
              onSend={async (text) => {
                await call('messages', 'reply', { threadId, text })
                thread.retry()
              }}
            />
            <FormProblem message={problem} />
            {t.status === 'open' ? (
              <View className="staff-page__actions">
                <ActionButton tone="quiet" onClick={() => void close()} hint="事情已经办完或答复清楚">
                  结束这条留言
                </ActionButton>
              </View>
            ) : null}
          </View>
        )}
      </PageState>
    </StaffPage>
  )
}
