import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import ActionButton from '../../components/ActionButton'
import Page from '../../components/Page'
import ReportForm from '../../components/ReportForm'
import { communityUrls } from '../../components/ReportLinks/urls'
import '../pages.css'

/** 线索举报: the form, then the ticket number and the way to follow it. */
export default function ReportNewPage() {
  const stationId = useRouter().params.stationId || undefined
  const [ticketNo, setTicketNo] = useState<string | null>(null)
  return (
    <Page>
      {ticketNo ? (
        <View className="jmt-card community-done">
          <Text className="jmt-hero community-done__title">线索已提交</Text>
          <Text className="jmt-secondary community-lead">谢谢您！民警会尽快查看。处理进度可以在“我的举报”里看到。</Text>
          <Text className="jmt-title community-done__no">{`编号 ${ticketNo}`}</Text>
          <ActionButton onClick={() => Taro.redirectTo({ url: communityUrls.reportsMine })}>查看处理进度</ActionButton>
          <ActionButton tone="secondary" onClick={() => setTicketNo(null)}>
            再报一条
          </ActionButton>
        </View>
      ) : (
        <ReportForm onSent={setTicketNo} stationId={stationId} />
      )}
    </Page>
  )
}
