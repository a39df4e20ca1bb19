import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MESSAGE_NOT_FOR_EMERGENCIES } from '@/types/messages-words'
import { call } from '../../api'
import MessageCompose from '../../components/MessageCompose'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import ReportUrgent from '../../components/ReportUrgent'
import { usePlate } from '../../hooks/usePlate'
import { messageUrls } from '../urls'
import { useReplyNotice } from '../useReplyNotice'
import { PLATE_MISSING } from '@/plate/missing'
import '../pages.css'

/** 给民警留言: from a plate's card, a message to the officer of its area. 110 comes first. */
export default function WriteMessagePage() {
  const { remote: card } = usePlate()
  const askForReply = useReplyNotice()
  return (
    <Page>
      <ReportUrgent text={MESSAGE_NOT_FOR_EMERGENCIES} />
      <PageState remote={card} loadingText="正在查找这里的民警…" {...PLATE_MISSING}>
        {({ plate, officer, station }) => (
          <View>
            <View className="jmt-card messages-to">
              <Text className="jmt-title messages-to__who">{officer ? `写给 ${officer.name}` : `写给 ${station.name}`}</Text>
              <Text className="jmt-muted">
                {officer ? `${plate.area}的社区民警 · ${station.name}` : `${plate.area}的社区民警正在安排中，留言先由派出所回复`}
              </Text>
            </View>
            <MessageCompose
              label="想对民警说的话"
              placeholder="例如 楼道里堆了很多杂物，担心着火"
              action="发送留言"
              onSend={async (text) => {
                // Asked in the tap, before anything is awaited: WeChat shows its dialog only then.
                await askForReply()
                const { threadId } = await call('messages', 'send', { plateCode: plate.code, text })
                await Taro.redirectTo({ url: messageUrls.thread(threadId) })
              }}
            />
            <Text className="jmt-muted messages-privacy">留言只有您和这个派出所的民警能看到。民警回复后，可以在“我的 → 我的留言”里查看。</Text>
          </View>
        )}
      </PageState>
    </Page>
  )
}
