import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import ActionButton from '../../components/ActionButton'
import MediationForm from '../../components/MediationForm'
import Page from '../../components/Page'
import { communityUrls } from '../../components/ReportLinks/urls'
import '../pages.css'

export default function MediationNewPage() {
  const stationId = useRouter().params.stationId || undefined
  const [ticketNo, setTicketNo] = useState<string | null>(null)
  return (
    <Page>
      {ticketNo ? (
        <View className="jmt-card community-done">
          <Text className="jmt-hero community-done__title">申请已提交</Text>
          <Text className="jmt-secondary community-lead">民警受理后会打电话和您约时间、地点。进度可以在“我的调解”里看到。</Text>
          <Text className="jmt-title community-done__no">{`编号 ${ticketNo}`}</Text>
          <ActionButton onClick={() => Taro.redirectTo({ url: communityUrls.mediationMine })}>查看进度</ActionButton>
        </View>
      ) : (
        <>
          <Text className="jmt-secondary community-lead">邻里、家庭、物业、消费等矛盾，社区民警可以帮您和对方坐下来谈。</Text>
          <MediationForm onSent={setTicketNo} stationId={stationId} />
        </>
      )}
    </Page>
  )
}
